package io.mifumo.camel.component;

import java.time.Duration;

import io.mifumo.camel.component.exception.MifumoRateLimitException;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the last answer says the rate limit is spent (X-RateLimit-Remaining: 0), the producer waits for the reset
 * before sending, instead of sending into a 429; with rateLimitMode=fail it fails without sending.
 */
class SpentRateLimitTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.rateLimit(2, Duration.ofSeconds(2)));

    private static Exchange send(CamelSandboxSupport camel, String uri) {
        return camel.send(uri, "Hello", MifumoConstants.RECIPIENTS, "0754000111");
    }

    @Test
    void waitsForTheResetBeforeSendingInsteadOfEarningA429() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox)) {
            for (int i = 0; i < 3; i++) {
                assertThat(send(camel, "mifumo:sms/send").getException()).isNull();
            }
            assertThat(sandbox.messages()).hasSize(3);
            assertThat(sandbox.requests()).hasSize(3).noneMatch(r -> r.status() == 429);
        }
    }

    @Test
    void failModeFailsWithoutSendingWhenTheLimitIsSpent() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox)) {
            send(camel, "mifumo:sms/send?rateLimitMode=fail");
            send(camel, "mifumo:sms/send?rateLimitMode=fail");
            Exchange third = send(camel, "mifumo:sms/send?rateLimitMode=fail");
            assertThat(third.getException()).isInstanceOf(MifumoRateLimitException.class)
                    .hasMessageContaining("was not sent");
            assertThat(((MifumoRateLimitException) third.getException()).getResetAt()).isNotNull();
            assertThat(sandbox.requests()).hasSize(2);
        }
    }
}
