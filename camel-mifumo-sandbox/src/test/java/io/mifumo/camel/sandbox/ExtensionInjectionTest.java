package io.mifumo.camel.sandbox;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(MifumoSandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionInjectionTest {

    private static MifumoSandbox first;

    private final MifumoSandbox injected;

    ExtensionInjectionTest(MifumoSandbox sandbox) {
        this.injected = sandbox;
    }

    @Test
    @Order(1)
    void injectsARunningSandboxWithTheDefaultAccount(MifumoSandbox sandbox) {
        first = sandbox;

        assertThat(sandbox).isSameAs(injected);
        assertThat(sandbox.isRunning()).isTrue();
        assertThat(sandbox.apiKey()).isEqualTo(MifumoSandbox.DEFAULT_API_KEY);
        assertThat(sandbox.balance(MifumoSandbox.DEFAULT_API_KEY)).isEqualTo(MifumoSandbox.DEFAULT_BALANCE);
        new Http(sandbox).sendSms("Habari", "+255614853618");
        assertThat(sandbox.messages()).hasSize(1);
    }

    @Test
    @Order(2)
    void sameSandboxForTheClassButResetBeforeEachTest(MifumoSandbox sandbox) {
        assertThat(sandbox).isSameAs(first);
        assertThat(sandbox.messages()).isEmpty();
        assertThat(sandbox.requests()).isEmpty();
        assertThat(sandbox.balance(sandbox.apiKey())).isEqualTo(MifumoSandbox.DEFAULT_BALANCE);
    }

    @Nested
    class Inner {

        @Test
        void nestedClassesShareTheOuterSandbox(MifumoSandbox sandbox) {
            assertThat(sandbox).isSameAs(injected);
            assertThat(sandbox.isRunning()).isTrue();
        }
    }
}
