package io.mifumo.camel.component;

import java.util.List;

import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.messaging.PhoneValidation;
import io.mifumo.camel.component.model.messaging.QuickSmsRequest;
import io.mifumo.camel.component.model.messaging.QuickSmsResult;
import io.mifumo.camel.component.model.messaging.SenderId;
import io.mifumo.camel.component.model.messaging.SenderIdRequest;
import io.mifumo.camel.component.model.messaging.SenderIdRequestResult;
import io.mifumo.camel.component.model.messaging.SmsStats;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Sender IDs and the SMS calls of the messaging API. */
class MessagingSmsTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b.apiKey("k1", 100));

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
    void listsRequestsAndChecksSenderIds() {
        Exchange list = camel.send("mifumo:sender-ids/list", null, null, null);
        List<?> senders = list.getMessage().getBody(List.class);
        assertThat(senders).hasSize(1);
        assertThat(((SenderId) senders.get(0)).getSenderId()).isEqualTo("MIFUMO");
        assertThat(((SenderId) senders.get(0)).getDefaultSender()).isTrue();

        Exchange requested = camel.send("mifumo:sender-ids/request?reason=Business messaging", "MYBIZ", null, null);
        SenderIdRequestResult result = requested.getMessage().getBody(SenderIdRequestResult.class);
        assertThat(result.getSenderId().getStatus()).isEqualTo("pending");
        assertThat(requested.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("pending");
        assertThat(sandbox.requests().get(sandbox.requests().size() - 1).body())
                .isEqualTo("{\"sender_id\":\"MYBIZ\",\"reason\":\"Business messaging\"}");

        sandbox.setSenderIdStatus("MYBIZ", "approved");
        Exchange status = camel.send("mifumo:sender-ids/status", null, MifumoConstants.SENDER_ID, "MYBIZ");
        assertThat(status.getMessage().getBody(SenderId.class).getApprovedAt()).isNotBlank();
        assertThat(status.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("approved");

        SenderIdRequest typed = new SenderIdRequest();
        typed.setSenderId("SOKO");
        assertThat(camel.send("mifumo:sender-ids/request", typed, null, null).getException()).isNull();
    }

    @Test
    void aSenderIdTheNetworksRejectIsRefusedBeforeAnyRequestWithTheRule() {
        for (String bad : List.of("Duka La Mama Asha", "DUKA_MAMA", "123456789012345678")) {
            Exchange exchange = camel.send("mifumo:sender-ids/request", bad, null, null);
            assertThat(exchange.getException()).as(bad).isInstanceOf(MifumoValidationException.class)
                    .hasMessageContaining("'" + bad + "'")
                    .hasMessageContaining("1 to 11 letters, digits or spaces with at least one letter, or a number"
                                          + " of up to 15 digits");
        }
        assertThat(camel.send("mifumo:sender-ids/request?senderId=", null, null, null).getException())
                .hasMessageContaining("no sender ID");
        assertThat(sandbox.requests()).noneMatch(r -> r.path().startsWith("/api/messaging/"));
    }

    @Test
    void quickSendsToManyAfterCheckingEveryNumber() {
        Exchange sent = camel.send("mifumo:sms/quick", "Hello, this is a quick message", MifumoConstants.RECIPIENTS,
                "+255614853618, 0712345678, 0614853618");
        QuickSmsResult result = sent.getMessage().getBody(QuickSmsResult.class);
        assertThat(result.getSent()).isEqualTo(2);
        assertThat(result.getMessageIds()).hasSize(2);
        assertThat(sent.getMessage().getHeader(MifumoConstants.DUPLICATES_REMOVED)).isEqualTo(1);
        assertThat(sandbox.balance("k1")).isEqualTo(98);

        QuickSmsRequest typed = new QuickSmsRequest();
        typed.setMessage("Typed");
        typed.setRecipients(List.of("0754000111"));
        typed.setSenderId("DUKA");
        assertThat(camel.send("mifumo:sms/quick", typed, null, null).getException()).isNull();
        assertThat(sandbox.messages().get(2).sender()).isEqualTo("DUKA");

        Exchange bad = camel.send("mifumo:sms/quick", "Hi", MifumoConstants.RECIPIENTS, "0754000111, nope");
        assertThat(bad.getException()).isInstanceOf(MifumoValidationException.class).hasMessageContaining("'nope'");

        sandbox.setBalance("k1", 0);
        assertThat(camel.send("mifumo:sms/quick", "Hi", MifumoConstants.RECIPIENTS, "0754000111").getException())
                .isInstanceOf(MifumoInsufficientCreditsException.class);
    }

    @Test
    void statsAndPhoneValidation() {
        camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, "0754000111");
        SmsStats stats = camel.send("mifumo:sms/stats", null, null, null).getMessage().getBody(SmsStats.class);
        assertThat(stats.getTotalSent()).isEqualTo(1);
        assertThat(stats.getPeriod().getEnd()).isNotBlank();

        PhoneValidation valid = camel.send("mifumo:sms/validate-phone", "0614853618", null, null).getMessage()
                .getBody(PhoneValidation.class);
        assertThat(valid.getValid()).isTrue();
        assertThat(valid.getFormatted()).isEqualTo("+255614853618");
        assertThat(valid.getCountry()).isEqualTo("Tanzania");
        assertThat(valid.getCountryCode()).isEqualTo("TZ");
        PhoneValidation invalid = camel.send("mifumo:sms/validate-phone", "12", null, null).getMessage()
                .getBody(PhoneValidation.class);
        assertThat(invalid.getValid()).isFalse();
        assertThat(camel.send("mifumo:sms/validate-phone", " ", null, null).getException())
                .hasMessageContaining("no phone number");
    }
}
