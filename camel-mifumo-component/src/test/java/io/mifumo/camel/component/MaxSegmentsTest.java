package io.mifumo.camel.component;

import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maxSegments option of sms/send refuses long messages before any request.
 */
class MaxSegmentsTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

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

    @Test
    void gsmMessageOverTheLimitIsRefusedWithItsCountAndEncoding() {
        // 161 GSM-7 characters need two segments of 153
        Exchange exchange = camel.send("mifumo:sms/send?maxSegments=1", "a".repeat(161),
                MifumoConstants.RECIPIENTS, "0754000111");

        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class);
        MifumoValidationException e = (MifumoValidationException) exchange.getException();
        assertThat(e.getViolations()).singleElement().asString()
                .contains("2 segments", "GSM-7", "161 septets", "maxSegments=1")
                .doesNotContain("because of the character");
        assertThat(e.getMessage()).contains("nothing was sent");
        assertThat(e.isMayHaveBeenDelivered()).isFalse();
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void extensionCharactersCountTwiceTowardsTheLimit() {
        // 80 euro signs are 160 septets: one segment would hold them, but 81 are 162 septets, two segments
        Exchange fits = camel.send("mifumo:sms/send?maxSegments=1", "€".repeat(80), MifumoConstants.RECIPIENTS,
                "0754000111");
        assertThat(fits.getException()).isNull();
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);

        Exchange refused = camel.send("mifumo:sms/send?maxSegments=1", "€".repeat(81), MifumoConstants.RECIPIENTS,
                "0754000111");
        assertThat(refused.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("2 segments in GSM-7 (162 septets)");
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(1);
    }

    @Test
    void ucs2MessageNamesTheCharacterThatForcedIt() {
        // one emoji turns 69 Latin letters into UCS-2: 71 UTF-16 units, past the 70 of a single SMS
        String text = "Karibu sana " + "x".repeat(57) + "\uD83D\uDE00";
        Exchange exchange = camel.send("mifumo:sms/send?maxSegments=1", text, MifumoConstants.RECIPIENTS,
                "0754000111");

        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class);
        assertThat(exchange.getException().getMessage())
                .contains("2 segments in UCS-2 (71 UTF-16 units)", "maxSegments=1",
                        "because of the character '\uD83D\uDE00' (U+1F600)");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void messageWithinTheLimitIsSentAndZeroMeansNoLimit() {
        Exchange within = camel.send("mifumo:sms/send?maxSegments=3", "a".repeat(459), MifumoConstants.RECIPIENTS,
                "0754000111");
        assertThat(within.getException()).isNull();
        assertThat(within.getMessage().getBody(SendSmsResult.class).getSegments()).isEqualTo(3);

        Exchange unlimited = camel.send("mifumo:sms/send", "a".repeat(2000), MifumoConstants.RECIPIENTS,
                "0754000111");
        assertThat(unlimited.getException()).isNull();
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(2);
    }

    @Test
    void componentLevelLimitAppliesToEveryEndpointAndItsProblemsAreListedTogether() {
        camel.component.getConfiguration().setMaxSegments(1);

        Exchange exchange = camel.send("mifumo:sms/send", "a".repeat(200), MifumoConstants.RECIPIENTS, "hello");

        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class);
        assertThat(((MifumoValidationException) exchange.getException()).getViolations()).hasSize(2);
        assertThat(exchange.getException().getMessage()).contains("'hello'", "2 segments in GSM-7");
        assertThat(sandbox.requests()).isEmpty();
    }
}
