package io.mifumo.camel.component.health;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check against the sandbox: UP with the balance, DOWN on a refused key or an unreachable API,
 * a low-credit warning, one check per account, and the interval that spares the rate limit.
 */
class AccountHealthCheckTest {

    static final String KEY = "health+key/with==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(builder -> builder.apiKey(KEY, 500));

    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private MifumoComponent start(String apiKey, String baseUrl, long threshold, long interval, String... uris)
            throws Exception {
        context = new DefaultCamelContext();
        MifumoComponent component = new MifumoComponent();
        component.getConfiguration().setApiKey(apiKey);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setConnectTimeout(2000);
        component.getConfiguration().setRequestTimeout(2000);
        component.setHealthCheckLowCreditThreshold(threshold);
        component.setHealthCheckInterval(interval);
        context.addComponent("mifumo", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < uris.length; i++) {
                    from("direct:r" + i).routeId("r" + i).to(uris[i]);
                }
            }
        });
        context.start();
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).as("Camel's producers health-check repository").isNotNull();
        producers.setEnabled(true);
        return component;
    }

    private List<HealthCheck> checks() {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers").stream()
                .filter(check -> check.getId().startsWith("producer:mifumo-")).toList();
    }

    private HealthCheck.Result result() {
        assertThat(checks()).hasSize(1);
        return checks().get(0).call();
    }

    @Test
    void upWithTheBalanceAndNoKeyInTheDetails() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        start(KEY, sandbox.baseUrl(), 0, 0, "mifumo:sms/send?senderId=DUKA");

        HealthCheck.Result result = result();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getCheck().getId()).isEqualTo("producer:mifumo-127.0.0.1:" + sandbox.port());
        assertThat(result.getCheck().isReadiness()).isTrue();
        assertThat(result.getCheck().isLiveness()).isFalse();
        assertThat(result.getDetails())
                .containsEntry(MifumoAccountHealthCheck.BALANCE, new BigDecimal("500"))
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200)
                .doesNotContainKey(MifumoAccountHealthCheck.WARNING);
        assertThat(result.getDetails().toString() + result.getMessage().orElse("")).doesNotContain(KEY);
        assertThat(sandbox.requests()).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY));

        // and the readiness view of the registry sees it too
        Collection<HealthCheck.Result> readiness = HealthCheckHelper.invokeReadiness(context);
        assertThat(readiness).anySatisfy(r -> assertThat(r.getCheck().getId()).startsWith("producer:mifumo-"));
    }

    @Test
    void lowCreditIsAWarningInTheDetailsAndStaysUp() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.setBalance(KEY, 40);
        start(KEY, sandbox.baseUrl(), 100, 0, "mifumo:sms/balance");

        HealthCheck.Result result = result();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails())
                .containsEntry(MifumoAccountHealthCheck.LOW_CREDIT, true)
                .containsEntry(MifumoAccountHealthCheck.LOW_CREDIT_THRESHOLD, new BigDecimal("100"));
        assertThat((String) result.getDetails().get(MifumoAccountHealthCheck.WARNING))
                .contains("low credit").contains("40").contains("100");

        sandbox.setBalance(KEY, 400);
        HealthCheck.Result later = checks().get(0).call();
        assertThat(later.getDetails()).containsEntry(MifumoAccountHealthCheck.LOW_CREDIT, false)
                .doesNotContainKey(MifumoAccountHealthCheck.WARNING);
    }

    @Test
    void downWhenTheApiRefusesTheKey() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        start("wrong-key", sandbox.baseUrl(), 0, 0, "mifumo:sms/send?senderId=DUKA");

        HealthCheck.Result result = result();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401"));
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
    }

    @Test
    void downWhenTheApiCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        start(KEY, "http://127.0.0.1:" + closedPort, 0, 0, "mifumo:sms/send?senderId=DUKA");

        HealthCheck.Result result = result();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("cannot reach the API"));
        assertThat(result.getError()).isPresent();
    }

    @Test
    void oneCheckPerAccountCallingTheApiOncePerInterval() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.addAccount("second-key", 10);
        start(KEY, sandbox.baseUrl(), 0, 60_000,
                "mifumo:sms/send?senderId=DUKA", "mifumo:sms/balance", "mifumo:sms/status?apiKey=second-key");

        assertThat(checks()).extracting(HealthCheck::getId).containsExactlyInAnyOrder(
                "producer:mifumo-127.0.0.1:" + sandbox.port(), "producer:mifumo-127.0.0.1:" + sandbox.port() + "-2");
        for (int i = 0; i < 3; i++) {
            checks().forEach(HealthCheck::call);
        }
        assertThat(sandbox.requestCount("GET", "sms/balance")).isEqualTo(2);

        context.getRouteController().stopRoute("r2");
        assertThat(checks()).hasSize(1);
    }

    @Test
    void healthCheckProducerEnabledFalseLeavesTheCheckDisabled() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        context = new DefaultCamelContext();
        MifumoComponent component = new MifumoComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.setHealthCheckProducerEnabled(false);
        context.addComponent("mifumo", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("mifumo:sms/balance");
            }
        });
        context.start();
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);

        Optional<HealthCheck> check = checks().stream().findFirst();
        assertThat(check).isPresent();
        assertThat(check.get().isEnabled()).isFalse();
        HealthCheck.Result result = check.get().call();
        assertThat(result.getDetails()).containsEntry(HealthCheck.CHECK_ENABLED, false);
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void a402LeavesTheBalanceInAHeader() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.setBalance(KEY, 0);
        start(KEY, sandbox.baseUrl(), 0, 0, "mifumo:sms/send?senderId=DUKA");

        Exchange exchange = context.createProducerTemplate().send("direct:r0", e -> {
            e.getMessage().setBody("Habari");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
        });
        assertThat(exchange.getException()).isInstanceOf(MifumoInsufficientCreditsException.class);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.BALANCE)).isEqualTo(BigDecimal.ZERO);
    }
}
