package io.mifumo.camel.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionRegisteredTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("custom-key", 42)
            .deliveryDelay(Duration.ofHours(1)))
            .resetBeforeEach(false);

    private final MifumoSandbox fromConstructor;

    ExtensionRegisteredTest(MifumoSandbox sandbox) {
        // with a per-class instance the constructor runs before beforeAll, so this call starts the sandbox
        this.fromConstructor = sandbox;
    }

    @Test
    @Order(1)
    void configuredByTheLambda() {
        assertThat(SANDBOX.getSandbox()).isSameAs(fromConstructor);
        assertThat(SANDBOX.apiKey()).isEqualTo("custom-key");
        assertThat(SANDBOX.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(SANDBOX.getSandbox().balance("custom-key")).isEqualTo(42);
        new Http(SANDBOX.getSandbox()).sendSms("Habari", "+255614853618");
    }

    @Test
    @Order(2)
    void stateSurvivesWhenResetIsOff() {
        assertThat(SANDBOX.getSandbox().messages()).hasSize(1);
        assertThat(SANDBOX.getSandbox().balance("custom-key")).isEqualTo(41);
    }

    @AfterAll
    void stillRunningUntilTheExtensionCloses() {
        assertThat(fromConstructor.isRunning()).isTrue();
    }
}
