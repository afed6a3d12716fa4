package io.mifumo.camel.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.exception.MifumoAuthenticationException;
import io.mifumo.camel.component.model.messaging.SmsStats;
import io.mifumo.camel.component.service.JwtSessionAccess;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The messaging API's JWT login: one login per component, renewal before expiry and once on a 401 (C34), a new login
 * when the refresh token is refused, no stampede, logout on stop.
 */
class JwtSessionTest {

    private static final String LOGIN = "/api/auth/login/";
    private static final String REFRESH = "/api/auth/token/refresh/";
    private static final String LOGOUT = "/api/auth/logout/";
    private static final String STATS = "/api/messaging/sms/stats/";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .threads(80)
            .accessTokenLifetime(Duration.ofSeconds(2)));

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox);
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private int count(String path) {
        return sandbox.requestCount("POST", path);
    }

    private List<Exchange> concurrently(int n) throws Exception {
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(camel.template.asyncSend("mifumo:sms/stats", exchange -> { }));
        }
        List<Exchange> done = new ArrayList<>();
        for (CompletableFuture<Exchange> call : calls) {
            done.add(call.get(10, TimeUnit.SECONDS));
        }
        return done;
    }

    @Test
    void logsInOnceAndSendsTheAccessTokenNotTheApiKey() {
        for (int i = 0; i < 3; i++) {
            Exchange exchange = camel.send("mifumo:sms/stats", null, null, null);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody()).isInstanceOf(SmsStats.class);
        }
        assertThat(count(LOGIN)).isEqualTo(1);
        RecordedRequest call = sandbox.requests().stream().filter(r -> r.path().equals(STATS)).findFirst()
                .orElseThrow();
        assertThat(call.header("Authorization")).startsWith("Bearer ey").doesNotContain(sandbox.apiKey());
        assertThat(sandbox.requests().stream().filter(r -> r.path().equals(LOGIN)).findFirst().orElseThrow().body())
                .contains("\"email\":\"" + sandbox.userEmail() + "\"");
    }

    @Test
    void concurrentExchangesShareOneLoginAndOneRefresh() throws Exception {
        // C34 and no stampede: 40 exchanges at once on no token, then 40 at once on an expired token
        assertThat(concurrently(40)).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(count(LOGIN)).isEqualTo(1);
        assertThat(count(REFRESH)).isZero();

        Thread.sleep(2100);
        assertThat(concurrently(40)).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(count(LOGIN)).isEqualTo(1);
        assertThat(count(REFRESH)).isEqualTo(1);
        assertThat(sandbox.requests().stream().filter(r -> r.path().equals(STATS)).map(RecordedRequest::status))
                .hasSize(80).containsOnly(200);
    }

    @Test
    void aRejectedTokenIsRenewedOnceAndTheCallSentAgain() {
        camel.send("mifumo:sms/stats", null, null, null);
        sandbox.revokeAccessTokens();

        // concurrent or not, a POST refused with 401 is sent again once with the new token: a 401 applied nothing
        Exchange exchange = camel.send("mifumo:sms/validate-phone", "0614853618", null, null);
        assertThat(exchange.getException()).isNull();
        assertThat(count(REFRESH)).isEqualTo(1);
        assertThat(sandbox.requests().stream().filter(r -> r.path().startsWith("/api/messaging/sms/validate-phone"))
                .map(RecordedRequest::status)).containsExactly(401, 200);
    }

    @Test
    void aRefusedRefreshTokenLeadsToANewLogin() {
        camel.send("mifumo:sms/stats", null, null, null);
        sandbox.revokeAccessTokens();
        sandbox.revokeRefreshTokens();

        Exchange exchange = camel.send("mifumo:sms/stats", null, null, null);
        assertThat(exchange.getException()).isNull();
        assertThat(count(REFRESH)).isEqualTo(1);
        assertThat(count(LOGIN)).isEqualTo(2);
    }

    @Test
    void aWrongPasswordFailsWithTheEmailButNotThePassword() {
        Exchange exchange = camel.send("mifumo:sms/stats?password=RAW(Wrong-Secret-42)", null, null, null);
        assertThat(exchange.getException()).isInstanceOf(MifumoAuthenticationException.class)
                .hasMessageContaining("login as " + sandbox.userEmail())
                .hasMessageContaining("Invalid credentials")
                .hasMessageNotContaining("Wrong-Secret-42");
        assertThat(count(LOGIN)).isEqualTo(1);
    }

    @Test
    void anAccessTokenFromElsewhereIsUsedAsItIsAndNotRenewed() throws Exception {
        camel.send("mifumo:sms/stats", null, null, null);
        String token = sandbox.requests().stream().filter(r -> r.path().equals(STATS)).findFirst().orElseThrow()
                .header("Authorization").substring(7);

        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            String uri = "mifumo:sms/stats?baseUrl=" + sandbox.baseUrl() + "&accessToken=RAW(" + token + ")";
            assertThat(context.createProducerTemplate().send(uri, e -> { }).getException()).isNull();

            sandbox.revokeAccessTokens();
            Exchange refused = context.createProducerTemplate().send(uri, e -> { });
            assertThat(refused.getException()).isInstanceOf(MifumoAuthenticationException.class)
                    .hasMessageContaining("HTTP 401")
                    .hasMessageContaining("no email and password");
            assertThat(count(LOGIN)).isEqualTo(1);
            assertThat(count(REFRESH)).isZero();
        }
        // a token given to the component belongs to whoever obtained it: stopping does not log it out
        assertThat(count(LOGOUT)).isZero();
    }

    @Test
    void logsOutWhenTheComponentStops() {
        camel.send("mifumo:sms/stats", null, null, null);
        camel.close();
        assertThat(count(LOGOUT)).isEqualTo(1);
        RecordedRequest logout = sandbox.requests().stream().filter(r -> r.path().equals(LOGOUT)).findFirst()
                .orElseThrow();
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void startingWithoutALoginSaysWhatToSet() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() -> context.createProducerTemplate()
                    .sendBody("mifumo:contacts/list?apiKey=k&baseUrl=" + sandbox.baseUrl(), null))
                    .hasStackTraceContaining("No login for mifumo:contacts/list")
                    .hasStackTraceContaining("set email and password (or accessToken)");
        }
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void renewsBeforeTheExpiryTheTokenCarries() {
        long now = Instant.now().getEpochSecond();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"exp\":" + (now + 300) + ",\"iat\":" + now + "}").getBytes());
        Instant renewAt = JwtSessionAccess.renewTime("e30." + payload + ".sig", Instant.ofEpochSecond(now));
        assertThat(renewAt).isEqualTo(Instant.ofEpochSecond(now + 270));

        String shortLived = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"exp\":" + (now + 10) + ",\"iat\":" + now + "}").getBytes());
        assertThat(JwtSessionAccess.renewTime("e30." + shortLived + ".sig", Instant.ofEpochSecond(now)))
                .isEqualTo(Instant.ofEpochSecond(now + 8));
        assertThat(JwtSessionAccess.renewTime("not-a-jwt", Instant.now())).isNull();
    }
}
