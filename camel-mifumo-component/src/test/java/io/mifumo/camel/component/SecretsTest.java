package io.mifumo.camel.component;

import java.util.ArrayList;
import java.util.List;

import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C21: the API key never shows in logs, exception messages, endpoint strings or routes, and reaches the server
 * byte for byte.
 */
class SecretsTest {

    static final String SENTINEL = "AK123+sentinel/Key==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.apiKey(SENTINEL, 10_000));

    @Test
    void theKeyAppearsNowhereButOnTheWire() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        List<String> seen = new ArrayList<>();
        String uri = "mifumo:sms/send?apiKey=RAW(" + SENTINEL + ")&baseUrl=" + sandbox.baseUrl() + "&senderId=MIFUMO";

        try (LogCapture logs = new LogCapture()) {
            CamelContext context = new DefaultCamelContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").routeId("send").to(uri);
                    from("direct:status").routeId("status")
                            .toF("mifumo:sms/status?apiKey=RAW(%s)&baseUrl=%s", SENTINEL, sandbox.baseUrl());
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            // a success, an API error, a server error page, an I/O failure and a validation failure
            template.sendBodyAndHeader("direct:send", "Hi", MifumoConstants.RECIPIENTS, "0754000111");
            sandbox.setBalance(SENTINEL, 0);
            exceptions(seen, template.send("direct:send", e -> {
                e.getMessage().setBody("Hi");
                e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            }));
            sandbox.enqueueFault(Fault.html(502, "<h1>Bad gateway</h1>"));
            exceptions(seen, template.send("direct:status", e -> e.getMessage()
                    .setHeader(MifumoConstants.MESSAGE_ID, "x")));
            sandbox.enqueueFault(Fault.dropConnection());
            exceptions(seen, template.send("direct:status", e -> e.getMessage()
                    .setHeader(MifumoConstants.MESSAGE_ID, "x")));
            exceptions(seen, template.send("direct:send", e -> e.getMessage().setBody("")));
            exceptions(seen, template.send("mifumo:sms/balance?apiKey=wrong-" + SENTINEL.length()
                                           + "&baseUrl=" + sandbox.baseUrl(), e -> { }));

            for (Endpoint endpoint : context.getEndpoints()) {
                seen.add(endpoint.toString());
                // getEndpointUri() is Camel's raw URI; what Camel prints is the sanitised form
                seen.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
                seen.add(endpoint.getEndpointBaseUri());
            }
            context.getRoutes().forEach(route -> seen.add(route.toString() + " " + route.getEndpoint()));
            seen.add(context.getRouteController().toString());
            context.stop();
            seen.addAll(logs.lines());
        }

        assertThat(seen).hasSizeGreaterThan(10);
        assertThat(String.join("\n", seen)).contains("Mifumo API").contains("xxxxxx")
                .contains("POST /api/integration/v1/sms/send/ -> 200")
                .doesNotContain(SENTINEL)
                .doesNotContain("AK123")
                .doesNotContain("sentinel");
        assertThat(sandbox.requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("Authorization")).isIn("Bearer " + SENTINEL,
                        "Bearer wrong-" + SENTINEL.length()));
    }

    private static void exceptions(List<String> seen, Exchange exchange) {
        assertThat(exchange.getException()).isNotNull();
        for (Throwable t = exchange.getException(); t != null; t = t.getCause()) {
            seen.add(t.toString());
            for (StackTraceElement element : t.getStackTrace()) {
                seen.add(element.toString());
            }
        }
    }
}
