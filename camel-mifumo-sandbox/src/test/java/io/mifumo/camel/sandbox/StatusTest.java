package io.mifumo.camel.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTest {

    private static final String OK = "+255614853618";
    private static final String FAILING = "+255700000009";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 1000)
            .apiKey("k2", 1000)
            .deliveryDelay(Duration.ofMillis(300))
            .failingRecipient(FAILING));

    private final Http http = new Http(SANDBOX.baseUrl(), "k1");

    @Test
    void movesFromSentToDeliveredAfterTheDelay() throws InterruptedException {
        String id = Http.json(http.sendSms("Habari", OK)).get("message_id").asText();

        JsonNode before = Http.json(http.get("sms/status/" + id + "/"));
        Thread.sleep(500);
        JsonNode after = Http.json(http.get("sms/status/" + id + "/"));

        assertThat(before.get("message_id").asText()).isEqualTo(id);
        assertThat(before.get("status").asText()).isEqualTo("sent");
        assertThat(before.get("delivered_at").isNull()).isTrue();
        assertThat(before.get("recipients").get(0).get("status").asText()).isEqualTo("sent");
        assertThat(after.get("status").asText()).isEqualTo("delivered");
        assertThat(after.get("recipients").get(0).get("recipient").asText()).isEqualTo(OK);
        assertThat(after.get("recipients").get(0).get("status").asText()).isEqualTo("delivered");
        Instant sentAt = Instant.parse(after.get("sent_at").asText());
        Instant deliveredAt = Instant.parse(after.get("delivered_at").asText());
        assertThat(Duration.between(sentAt, deliveredAt)).isEqualTo(Duration.ofMillis(300));
        assertThat(after.get("sent_at").asText()).endsWith("Z");
    }

    @Test
    void failingRecipientFails() throws InterruptedException {
        String mixed = Http.json(http.sendSms("Habari", OK, FAILING)).get("message_id").asText();
        String failed = Http.json(http.sendSms("Habari", FAILING)).get("message_id").asText();
        Thread.sleep(500);

        JsonNode mixedStatus = Http.json(http.get("sms/status/" + mixed + "/"));
        JsonNode failedStatus = Http.json(http.get("sms/status/" + failed + "/"));

        assertThat(mixedStatus.get("status").asText()).isEqualTo("delivered");
        assertThat(mixedStatus.get("recipients").get(1).get("status").asText()).isEqualTo("failed");
        assertThat(failedStatus.get("status").asText()).isEqualTo("failed");
        assertThat(SANDBOX.getSandbox().message(failed).status(FAILING)).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void forcedStatusAppliesNowAndFinalNeverMovesBack() {
        try (MifumoSandbox sandbox = MifumoSandbox.builder().deliveryDelay(Duration.ofHours(1)).build().start()) {
            forceStatuses(sandbox, new Http(sandbox));
        }
    }

    private static void forceStatuses(MifumoSandbox sandbox, Http http) {
        String id = Http.json(http.sendSms("Habari", OK, FAILING)).get("message_id").asText();

        assertThat(sandbox.setRecipientStatus(id, FAILING, DeliveryStatus.DELIVERED)).isTrue();
        assertThat(sandbox.setRecipientStatus(id, FAILING, DeliveryStatus.SENT)).isFalse();
        assertThat(sandbox.setRecipientStatus(id, FAILING, DeliveryStatus.EXPIRED)).isFalse();
        JsonNode status = Http.json(http.get("sms/status/" + id + "/"));

        assertThat(status.get("status").asText()).isEqualTo("sent");
        assertThat(status.get("recipients").get(1).get("status").asText()).isEqualTo("delivered");
        assertThat(sandbox.setRecipientStatus(id, null, DeliveryStatus.REJECTED)).isTrue();
        assertThat(sandbox.message(id).status(OK)).isEqualTo(DeliveryStatus.REJECTED);
        assertThat(sandbox.message(id).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(sandbox.message(id).deliveredAt()).isNotNull();
    }

    @Test
    void unknownOrForeignMessageIsNotFound() {
        String id = Http.json(http.sendSms("Habari", OK)).get("message_id").asText();

        HttpResponse<String> foreign = http.withKey("k2").get("sms/status/" + id + "/");
        HttpResponse<String> unknown = http.get("sms/status/00000000-0000-0000-0000-000000000000/");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(Http.json(foreign).get("error").asText()).isEqualTo("Not found");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(http.get("sms/status/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void failureRatioIsRepeatableWithASeed() {
        assertThat(outcomes(7)).isEqualTo(outcomes(7));
        assertThat(outcomes(7)).contains(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED);
    }

    private static List<DeliveryStatus> outcomes(long seed) {
        try (MifumoSandbox sandbox = MifumoSandbox.builder().deliveryDelay(Duration.ZERO).failureRatio(0.5)
                .seed(seed).build().start()) {
            Http client = new Http(sandbox);
            String[] recipients = new String[20];
            for (int i = 0; i < recipients.length; i++) {
                recipients[i] = "+2556148536" + (10 + i);
            }
            String id = Http.json(client.sendSms("Habari", recipients)).get("message_id").asText();
            List<DeliveryStatus> statuses = new ArrayList<>();
            sandbox.message(id).recipientStates().forEach(state -> statuses.add(state.status()));
            return statuses;
        }
    }
}
