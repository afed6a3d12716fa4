package io.mifumo.camel.component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.model.sms.SmsBalance;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * C15: the component's requests go through an HTTP proxy that demands Basic authentication; the proxy password never
 * shows in logs, exception messages or endpoint strings.
 */
class ProxyTest {

    private static final String PROXY_USER = "proxy-user";
    private static final String PROXY_PASSWORD = "PX-s3cret+/=789";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

    private MifumoSandbox sandbox;
    private ForwardProxy proxy;
    private CamelContext context;
    private MifumoComponent component;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        proxy = new ForwardProxy(PROXY_USER, PROXY_PASSWORD);
        context = new DefaultCamelContext();
        component = new MifumoComponent();
        component.getConfiguration().setApiKey(sandbox.apiKey());
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setSenderId(CamelSandboxSupport.SENDER);
        component.setProxyHost("127.0.0.1");
        component.setProxyPort(proxy.port());
        component.setProxyAuthUsername(PROXY_USER);
        component.setProxyAuthPassword(PROXY_PASSWORD);
        context.addComponent("mifumo", component);
    }

    @AfterEach
    void stop() {
        context.stop();
        proxy.close();
    }

    @Test
    void sendGoesThroughTheProxyWithItsCredentialsAndThePasswordIsNeverShown() {
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = new LogCapture()) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();

            Exchange send = template.send("mifumo:sms/send", exchange -> {
                exchange.getMessage().setBody("Habari kupitia proxy");
                exchange.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            });
            assertThat(send.getException()).isNull();
            SendSmsResult result = send.getMessage().getBody(SendSmsResult.class);
            assertThat(sandbox.message(result.getMessageId()).recipients()).containsExactly("+255754000111");

            Exchange balance = template.request("mifumo:sms/balance", exchange -> { });
            assertThat(balance.getException()).isNull();
            assertThat(balance.getMessage().getBody(SmsBalance.class)).isNotNull();

            texts.addAll(logs.lines());
            texts.addAll(context.getEndpointRegistry().values().stream().map(Object::toString).toList());
        }
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        // each request is first refused with 407 and then repeated with the credentials the proxy asked for
        assertThat(proxy.seen()).hasSize(4);
        assertThat(proxy.seen().get(0).proxyAuthorization()).isNull();
        assertThat(proxy.seen().get(0).forwarded()).isFalse();
        assertThat(proxy.seen().get(1).method()).isEqualTo("POST");
        assertThat(proxy.seen().get(1).uri()).isEqualTo(sandbox.baseUrl() + "/api/integration/v1/sms/send/");
        assertThat(proxy.seen().get(1).proxyAuthorization()).isEqualTo(expected);
        assertThat(proxy.seen().get(1).forwarded()).isTrue();
        assertThat(proxy.seen().get(3).method()).isEqualTo("GET");
        assertThat(proxy.seen().get(3).forwarded()).isTrue();
        // the 407 answer did not reach the API: one send, not two
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
        // the API never sees the proxy's credentials
        assertThat(sandbox.requests()).allSatisfy(r -> assertThat(r.header("Proxy-Authorization")).isNull());

        assertThat(texts).isNotEmpty().noneMatch(text -> text.contains(PROXY_PASSWORD) || text.contains(expected));
    }

    @Test
    void wrongProxyPasswordFailsWithoutShowingIt() throws Exception {
        component.setProxyAuthPassword("not-" + PROXY_PASSWORD);
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = new LogCapture()) {
            context.start();
            Exchange balance = context.createProducerTemplate().request("mifumo:sms/balance", exchange -> { });

            assertThat(balance.getException()).isNotNull();
            for (Throwable t = balance.getException(); t != null; t = t.getCause()) {
                texts.add(String.valueOf(t));
            }
            texts.addAll(logs.lines());
        }
        assertThat(sandbox.requests()).isEmpty();
        assertThat(texts).noneMatch(text -> text.contains(PROXY_PASSWORD));
    }

    @Test
    void proxyHostWithoutAPortIsRefusedAtStart() {
        component.setProxyPort(null);

        assertThatThrownBy(() -> {
            context.start();
            context.getEndpoint("mifumo:sms/balance");
        }).hasStackTraceContaining("proxyPort must be a port");
    }
}
