package io.mifumo.camel.component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the table, with a sentinel API key and password, through a success or a refusal, a server error
 * page and a dropped connection (with retries): no log line at DEBUG, exception or endpoint string shows either.
 */
class EveryOperationSecretsTest {

    static final String KEY = "AK123+every/Op==";
    static final String PASSWORD = "SK456+every/Pw==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.apiKey(KEY, 10_000).user("ops@duka.test", PASSWORD, KEY));

    @Test
    void noOperationShowsTheKeyOrThePassword() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        String tenant = sandbox.createTenant(KEY, "Duka", 10);
        List<String> seen = new ArrayList<>();
        try (LogCapture logs = new LogCapture(); CamelContext context = new DefaultCamelContext()) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            for (MifumoOperation operation : MifumoOperation.values()) {
                String uri = "mifumo:" + operation.uriName() + "?apiKey=RAW(" + KEY + ")&email=ops@duka.test"
                             + "&password=RAW(" + PASSWORD + ")&baseUrl=" + sandbox.baseUrl() + "&senderId=DUKA"
                             + "&tenantId=" + tenant + "&retryDelay=5&requestTimeout=2000";
                Map<String, Object> headers = Map.of(MifumoConstants.RECIPIENTS, "0754000111",
                        MifumoConstants.MESSAGE_ID, "m-1", MifumoConstants.TRANSACTION_ID, "tx-1");
                collect(seen, template.send(uri, e -> {
                    e.getMessage().setBody("Hello");
                    e.getMessage().setHeaders(new HashMap<>(headers));
                }));
                sandbox.enqueueFault(Fault.html(502, "<h1>Bad gateway</h1>"));
                collect(seen, template.send(uri, e -> e.getMessage().setBody("Hello")));
                sandbox.enqueueFault(Fault.dropConnection());
                collect(seen, template.send(uri, e -> e.getMessage().setBody("Hello")));
                sandbox.clearFaults();
            }
            for (Endpoint endpoint : context.getEndpoints()) {
                seen.add(endpoint.toString());
                seen.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
            }
            context.stop();
            seen.addAll(logs.lines());
        }

        assertThat(seen).hasSizeGreaterThan(MifumoOperation.values().length * 3);
        String all = String.join("\n", seen);
        assertThat(all).contains("xxxxxx").doesNotContain(KEY).doesNotContain(PASSWORD)
                .doesNotContain("AK123").doesNotContain("SK456");
        assertThat(sandbox.requests()).isNotEmpty();
    }

    private static void collect(List<String> seen, Exchange exchange) {
        for (Throwable t = exchange.getException(); t != null; t = t.getCause()) {
            seen.add(t.toString());
        }
        exchange.getMessage().getHeaders().forEach((name, value) -> seen.add(name + "=" + value));
    }
}
