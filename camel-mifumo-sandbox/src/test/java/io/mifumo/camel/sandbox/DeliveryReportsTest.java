package io.mifumo.camel.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryReportsTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 1000)
            .apiKey("k2", 1000)
            .deliveryDelay(Duration.ZERO));

    private final Http http = new Http(SANDBOX.baseUrl(), "k1");

    /** Message ids, oldest first. */
    private final List<String> sent = new ArrayList<>();

    @BeforeEach
    void sendFive() throws InterruptedException {
        for (int i = 1; i <= 5; i++) {
            sent.add(Http.json(http.sendSms("Report " + i, "+25561485361" + i)).get("message_id").asText());
            // distinct final times, so the newest-first order is the reverse of sending
            Thread.sleep(3);
        }
        new Http(SANDBOX.baseUrl(), "k2").sendSms("Other account", "+255614853619");
    }

    @Test
    void resultsShapePagesNewestFirstWithAbsoluteLinks() {
        JsonNode first = Http.json(http.get("sms/delivery-reports/?limit=2"));
        JsonNode second = Http.json(http.get("sms/delivery-reports/?limit=2&offset=2"));
        JsonNode third = Http.json(http.get("sms/delivery-reports/?limit=2&offset=4"));

        String base = SANDBOX.baseUrl() + "/api/integration/v1/sms/delivery-reports/?limit=2&offset=";
        assertThat(first.get("count").asInt()).isEqualTo(5);
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asText()).isEqualTo(base + "2");
        assertThat(second.get("previous").asText()).isEqualTo(base + "0");
        assertThat(second.get("next").asText()).isEqualTo(base + "4");
        assertThat(third.get("next").isNull()).isTrue();
        List<String> ids = new ArrayList<>();
        ids.addAll(messageIds(first.get("results")));
        ids.addAll(messageIds(second.get("results")));
        ids.addAll(messageIds(third.get("results")));
        assertThat(ids).containsExactly(sent.get(4), sent.get(3), sent.get(2), sent.get(1), sent.get(0));

        JsonNode report = first.get("results").get(0);
        assertThat(report.get("recipient").asText()).isEqualTo("+255614853615");
        assertThat(report.get("status").asText()).isEqualTo("delivered");
        assertThat(report.get("sender_id").asText()).isEqualTo("Quantum");
        assertThat(report.get("id").asText()).isNotBlank();
        assertThat(report.get("sent_at").asText()).endsWith("Z");
        assertThat(report.get("delivered_at").asText()).isEqualTo(report.get("updated_at").asText());

        // the next link is usable as it is
        HttpRequest next = HttpRequest.newBuilder(URI.create(first.get("next").asText())).header("X-API-Key", "k1")
                .build();
        JsonNode followed = Http.json(Http.send(next));
        assertThat(followed).isEqualTo(second);
    }

    @Test
    void reportIdsAreStableAcrossReads() {
        JsonNode once = Http.json(http.get("sms/delivery-reports/"));
        JsonNode twice = Http.json(http.get("sms/delivery-reports/"));

        assertThat(once.get("results")).isEqualTo(twice.get("results"));
        assertThat(once.get("count").asInt()).isEqualTo(5);
    }

    @Test
    void everyShapeCarriesTheSamePage() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        sandbox.setReportShape(ReportShape.LIST);
        JsonNode list = Http.json(http.get("sms/delivery-reports/?limit=2&offset=1"));
        sandbox.setReportShape(ReportShape.DATA_LIST);
        JsonNode dataList = Http.json(http.get("sms/delivery-reports/?limit=2&offset=1"));
        sandbox.setReportShape(ReportShape.DATA_RESULTS);
        JsonNode dataResults = Http.json(http.get("sms/delivery-reports/?limit=2&offset=1"));
        sandbox.setReportShape(ReportShape.RESULTS);
        JsonNode results = Http.json(http.get("sms/delivery-reports/?limit=2&offset=1"));

        assertThat(list.isArray()).isTrue();
        assertThat(messageIds(list)).containsExactly(sent.get(3), sent.get(2));
        assertThat(dataList.get("success").asBoolean()).isTrue();
        assertThat(dataList.get("data")).isEqualTo(list);
        assertThat(dataResults.get("success").asBoolean()).isTrue();
        assertThat(dataResults.get("data").get("count").asInt()).isEqualTo(5);
        assertThat(dataResults.get("data").get("results")).isEqualTo(list);
        assertThat(results.get("results")).isEqualTo(list);
    }

    @Test
    void onlyFinalRecipientsHaveReports() {
        try (MifumoSandbox sandbox = MifumoSandbox.builder().deliveryDelay(Duration.ofHours(1))
                .reportShape(ReportShape.LIST).build().start()) {
            Http client = new Http(sandbox);
            String id = Http.json(client.sendSms("Habari", "+255614853618", "+255614853619")).get("message_id")
                    .asText();
            assertThat(Http.json(client.get("sms/delivery-reports/"))).isEmpty();

            sandbox.setRecipientStatus(id, "+255614853619", DeliveryStatus.FAILED);
            JsonNode reports = Http.json(client.get("sms/delivery-reports/"));

            assertThat(reports).hasSize(1);
            assertThat(reports.get(0).get("status").asText()).isEqualTo("failed");
            assertThat(reports.get(0).get("delivered_at").isNull()).isTrue();
        }
    }

    @Test
    void badPagingParametersAreNamed() {
        HttpResponse<String> text = http.get("sms/delivery-reports/?limit=abc&offset=-3");
        HttpResponse<String> zero = http.get("sms/delivery-reports/?limit=0");
        HttpResponse<String> huge = http.get("sms/delivery-reports/?limit=500&offset=99");

        assertThat(text.statusCode()).isEqualTo(400);
        JsonNode errors = Http.json(text);
        assertThat(errors.get("limit").get(0).asText()).contains("'abc'");
        assertThat(errors.get("offset").get(0).asText()).contains("'-3'");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(Http.json(huge).get("results")).isEmpty();
        assertThat(Http.json(huge).get("previous").asText()).endsWith("?limit=100&offset=0");
    }

    private static List<String> messageIds(JsonNode reports) {
        List<String> ids = new ArrayList<>();
        reports.forEach(report -> ids.add(report.get("message_id").asText()));
        return ids;
    }
}
