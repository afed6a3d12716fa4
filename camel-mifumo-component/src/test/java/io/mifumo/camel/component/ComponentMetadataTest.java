package io.mifumo.camel.component;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.operation.MifumoOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated component JSON is what tooling shows users: every operation, option and header must be there with a
 * description, and credentials must be marked secret.
 */
class ComponentMetadataTest {

    private static JsonNode json() throws Exception {
        String json = "/META-INF/io/mifumo/camel/component/mifumo.json";
        try (InputStream in = MifumoComponent.class.getResourceAsStream(json)) {
            assertThat(in).as("generated component JSON on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderIsDescribed() throws Exception {
        JsonNode json = json();
        List<String> undescribed = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            assertThat(json.path(section).size()).as(section).isPositive();
            json.path(section).fields().forEachRemaining(option -> {
                if (option.getValue().path("description").asText().isBlank()) {
                    undescribed.add(section + "." + option.getKey());
                }
            });
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyHeaderConstantIsListed() throws Exception {
        JsonNode headers = json().path("headers");
        for (Field field : MifumoConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(headers.has((String) field.get(null))).as(field.getName()).isTrue();
            }
        }
    }

    @Test
    void everyOperationIsListedAndTheKeyIsSecret() throws Exception {
        JsonNode json = json();
        List<String> operations = new ArrayList<>();
        json.path("properties").path("operation").path("enum").forEach(node -> operations.add(node.asText()));
        for (MifumoOperation operation : MifumoOperation.values()) {
            assertThat(operations).contains(operation.uriName());
        }
        for (String secret : List.of("apiKey", "password", "accessToken")) {
            assertThat(json.path("properties").path(secret).path("secret").asBoolean()).as(secret).isTrue();
            assertThat(json.path("componentProperties").path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(json.path("component").path("async").asBoolean()).isTrue();
    }

    @Test
    void badUrisFailAtEndpointCreationWithTheReason() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertThatThrownBy(() -> context.getEndpoint("mifumo:sms/sned"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .hasStackTraceContaining("Unknown mifumo operation 'sms/sned'")
                    .hasStackTraceContaining("sms/send, sms/status, sms/balance, sms/delivery-reports");
            assertThatThrownBy(() -> context.getEndpoint("mifumo:sms/send?apiKye=x"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .hasMessageContaining("apiKye");
            assertThatThrownBy(() -> context.getEndpoint("mifumo:sms/send?requestTimeout=soon"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .hasStackTraceContaining("soon");
        }
    }

    @Test
    void endpointOptionsAreSetThroughTheGeneratedConfigurer() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent component = context.getComponent("mifumo", MifumoComponent.class);
            component.getConfiguration().setSenderId("DEFAULT");
            MifumoEndpoint endpoint = context.getEndpoint(
                    "mifumo:sms/delivery-reports?limit=20&offset=40&authMode=header&requestTimeout=1500",
                    MifumoEndpoint.class);
            assertThat(endpoint.getResolvedOperation()).isEqualTo(MifumoOperation.SMS_DELIVERY_REPORTS);
            assertThat(endpoint.getConfiguration().getLimit()).isEqualTo(20);
            assertThat(endpoint.getConfiguration().getOffset()).isEqualTo(40);
            assertThat(endpoint.getConfiguration().getAuthMode()).isEqualTo(MifumoAuthMode.header);
            assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(1500);
            assertThat(endpoint.getConfiguration().getSenderId()).isEqualTo("DEFAULT");
            // the endpoint has its own copy: changing it leaves the component's defaults alone
            endpoint.getConfiguration().setSenderId("OTHER");
            assertThat(component.getConfiguration().getSenderId()).isEqualTo("DEFAULT");
            assertThat(Map.of("uri", endpoint.getEndpointBaseUri())).containsEntry("uri",
                    "mifumo://sms/delivery-reports");
        }
    }

    @Test
    void startingWithoutAKeySaysWhereToSetIt() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() -> context.createProducerTemplate().sendBody("mifumo:sms/balance", null))
                    .hasStackTraceContaining("No apiKey for mifumo:sms/balance");
        }
    }
}
