package io.mifumo.camel.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
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
 * The password and the JWT tokens never show in logs (at DEBUG), exception messages or endpoint strings: through a
 * login, a refresh, a refused refresh, a refused login and a logout.
 */
class MessagingSecretsTest {

    static final String PASSWORD = "SK456+pass/Word==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 100)
            .user("asha@duka.test", PASSWORD, "k1")
            .accessTokenLifetime(Duration.ofSeconds(1)));

    @Test
    void passwordAndTokensAppearNowhereButOnTheWire() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        List<String> seen = new ArrayList<>();
        String uri = "mifumo:sms/stats?baseUrl=" + sandbox.baseUrl() + "&email=asha@duka.test&password=RAW("
                     + PASSWORD + ")";

        try (LogCapture logs = new LogCapture()) {
            CamelContext context = new DefaultCamelContext();
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            assertThat(template.send(uri, e -> { }).getException()).isNull();
            Thread.sleep(1100);
            assertThat(template.send(uri, e -> { }).getException()).isNull();
            sandbox.revokeAccessTokens();
            sandbox.revokeRefreshTokens();
            assertThat(template.send(uri, e -> { }).getException()).isNull();
            exceptions(seen, template.send(uri.replace(PASSWORD, PASSWORD + "x"), e -> { }));
            exceptions(seen, template.send("mifumo:sms/stats?baseUrl=" + sandbox.baseUrl()
                                           + "&accessToken=RAW(eyJhbGciOiJIUzI1NiJ9.e30.sentinelsig)", e -> { }));
            for (Endpoint endpoint : context.getEndpoints()) {
                seen.add(endpoint.toString());
                seen.add(URISupport.sanitizeUri(endpoint.getEndpointUri()));
            }
            context.stop();
            seen.addAll(logs.lines());
        }

        Set<String> tokens = new TreeSet<>();
        for (RecordedRequest request : sandbox.requests()) {
            String authorization = request.header("Authorization");
            if (authorization != null) {
                tokens.add(authorization.substring(7));
            }
        }
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(3);
        String all = String.join("\n", seen);
        assertThat(all).contains("Logged in to the Mifumo API as asha@duka.test")
                .contains("Logged out of the Mifumo API")
                .doesNotContain(PASSWORD).doesNotContain("SK456").doesNotContain("sentinelsig");
        for (String token : tokens) {
            assertThat(all).doesNotContain(token);
            // no part of a token either (its signature is what makes it a secret)
            assertThat(all).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
        }
        assertThat(sandbox.requests().stream().filter(r -> r.path().equals("/api/auth/login/")).map(
                RecordedRequest::body)).first().asString().contains(PASSWORD);
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
