package io.mifumo.camel.component.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseBodiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String REPORTS = "[{\"message_id\":\"m1\",\"recipient\":\"+255754000111\",\"status\":"
                                          + "\"delivered\",\"network\":\"vodacom\"},{\"message_id\":\"m2\"}]";

    @ParameterizedTest
    @ValueSource(strings = {
            REPORTS,
            "{\"count\":2,\"next\":null,\"results\":" + REPORTS + "}",
            "{\"success\":true,\"data\":" + REPORTS + "}",
            "{\"success\":true,\"data\":{\"count\":2,\"results\":" + REPORTS + "}}" })
    void readsEveryListShape(String body) throws Exception {
        ResponseBodies.Page<DeliveryReport> page
                = ResponseBodies.readPage(MAPPER, MAPPER.readTree(body), DeliveryReport.class);
        assertThat(page.items()).extracting(DeliveryReport::getMessageId).containsExactly("m1", "m2");
        assertThat(page.items().get(0).getAdditionalProperties()).containsEntry("network", "vodacom");
    }

    @Test
    void refusesOtherShapesByDescribingThem() throws Exception {
        JsonNode body = MAPPER.readTree("{\"reports\":[]}");
        assertThatThrownBy(() -> ResponseBodies.readPage(MAPPER, body, DeliveryReport.class))
                .hasMessageContaining("expected a list").hasMessageContaining("reports");
    }

    @Test
    void unknownFieldsNeverBreakAResponse() throws Exception {
        // C16
        SendSmsResult result = MAPPER.treeToValue(MAPPER.readTree(
                "{\"message_id\":\"a1\",\"status\":\"sent\",\"network\":\"vodacom\",\"new_field\":{\"x\":1}}"),
                SendSmsResult.class);
        assertThat(result.getMessageId()).isEqualTo("a1");
        assertThat(result.getStatus()).isEqualTo("sent");
    }
}
