package io.mifumo.camel.sandbox;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerTenantsTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey("k1", 1000)
            .apiKey("k2", 1000));

    private final Http http = new Http(SANDBOX.baseUrl(), "k1");

    private JsonNode createTenant(Http client, String name) {
        HttpResponse<String> response = client.post("partner/tenants/create/", "{\"tenant_name\":\"" + name + "\","
                + "\"owner_email\":\"owner@example.com\",\"owner_name\":\"John Doe\","
                + "\"contact_phone\":\"+255614853618\",\"initial_credits\":25}");
        assertThat(response.statusCode()).isEqualTo(201);
        return Http.json(response);
    }

    @Test
    void createsATenantInTheDocumentedShapeAndReadsItBack() {
        JsonNode created = createTenant(http, "Restaurant Chain A");

        assertThat(created.get("success").asBoolean()).isTrue();
        JsonNode data = created.get("data");
        String id = data.get("mifumo_account_id").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(data.get("mifumo_account_id_public").asText()).matches("[A-Z0-9_]{22}");
        assertThat(data.get("mifumo_api_key").isNull()).isTrue();
        assertThat(data.get("tenant_name").asText()).isEqualTo("Restaurant Chain A");
        assertThat(data.get("tenant_id").asText()).matches("[0-9a-f-]{36}").isNotEqualTo(id);
        assertThat(data.get("sms_balance").asLong()).isEqualTo(25);
        assertThat(data.get("owner_email").asText()).isEqualTo("owner@example.com");
        assertThat(data.get("created_at").asText()).endsWith("Z");
        // the initial credits are the tenant's own; the partner's balance is not touched
        assertThat(SANDBOX.getSandbox().balance("k1")).isEqualTo(1000);
        assertThat(SANDBOX.getSandbox().tenant(id).contactPhone()).isEqualTo("+255614853618");

        HttpResponse<String> read = http.get("partner/tenants/" + id + "/");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.json(read).get("data")).isEqualTo(data);
        assertThat(http.get("partner/tenants/" + id).statusCode()).as("without the slash").isEqualTo(200);
    }

    @Test
    void anotherKeysTenantIsNotFound() {
        String id = createTenant(http, "Duka").get("data").get("mifumo_account_id").asText();
        Http other = http.withKey("k2");

        for (HttpResponse<String> response : new HttpResponse[] {
            other.get("partner/tenants/" + id + "/"),
            other.get("partner/tenants/" + id + "/sender-ids/requests/"),
            other.get("partner/tenants/" + id + "/payments/history/"),
            http.get("partner/tenants/no-such-tenant/") }) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(Http.json(response).get("code").asText()).isEqualTo("TENANT_NOT_FOUND");
        }
    }

    @Test
    void createNamesEveryBadField() {
        HttpResponse<String> response = http.post("partner/tenants/create/",
                "{\"owner_email\":\"not-an-email\",\"contact_phone\":\"0614853618\",\"initial_credits\":-1}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = Http.json(response);
        assertThat(errors.get("tenant_name").get(0).asText()).isEqualTo("This field is required.");
        assertThat(errors.get("owner_email").get(0).asText()).isEqualTo("Enter a valid email address.");
        assertThat(errors.get("contact_phone").get(0).asText()).contains("E.164");
        assertThat(errors.get("initial_credits").get(0).asText()).contains("greater than or equal to 0");
        assertThat(SANDBOX.getSandbox().requestCount("POST", "partner/tenants/create")).isEqualTo(1);
    }

    @Test
    void routesAndMethods() {
        assertThat(http.get("partner/tenants/create/").statusCode()).isEqualTo(405);
        assertThat(http.post("partner/packages/", "{}").statusCode()).isEqualTo(405);
        assertThat(http.get("partner/pricing/calculate/").statusCode()).isEqualTo(405);
        assertThat(http.get("partner/nothing/").statusCode()).isEqualTo(404);
        assertThat(Http.send(http.request("partner/packages/").build()).statusCode()).as("no key").isEqualTo(401);
    }

    @Test
    void senderIdRequestsWithTheStatusFilter() {
        String id = createTenant(http, "Duka").get("data").get("mifumo_account_id").asText();
        String base = "partner/tenants/" + id + "/sender-ids/";

        HttpResponse<String> first = http.post(base + "request/",
                "{\"sender_id\":\"MYBRAND\",\"use_case\":\"Marketing messages for our brand\"}");
        HttpResponse<String> second = http.post(base + "request/", "{\"sender_id\":\"DUKA\"}");
        HttpResponse<String> tooLong = http.post(base + "request/", "{\"sender_id\":\"DUKA LA MAMA ASHA\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode data = Http.json(first).get("data");
        assertThat(data.get("request_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(data.get("sender_id").asText()).isEqualTo("MYBRAND");
        assertThat(data.get("status").asText()).isEqualTo("pending");
        assertThat(data.get("tenant_id").asText()).isEqualTo(id);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooLong).get("sender_id").get(0).asText()).contains("DUKA LA MAMA ASHA");

        assertThat(SANDBOX.getSandbox().setSenderIdRequestStatus(data.get("request_id").asText(), "approved"))
                .isTrue();
        JsonNode all = Http.json(http.get(base + "requests/")).get("data");
        JsonNode approved = Http.json(http.get(base + "requests/?status=approved")).get("data");
        JsonNode pending = Http.json(http.get(base + "requests/?status=pending")).get("data");
        HttpResponse<String> bad = http.get(base + "requests/?status=waiting");

        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("sender_id").asText()).as("newest first").isEqualTo("DUKA");
        assertThat(approved).hasSize(1);
        assertThat(approved.get(0).get("sender_id").asText()).isEqualTo("MYBRAND");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("sender_id").asText()).isEqualTo("DUKA");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("status").get(0).asText()).contains("waiting");
    }

    @Test
    void packageCatalogue() {
        HttpResponse<String> response = http.get("partner/packages/");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("data")).hasSize(SANDBOX.getSandbox().packages().size());
        // the reference's example package, number for number
        assertThat(response.body()).contains("\"name\":\"Starter Package\",\"credits\":1000,\"price\":18000,"
                + "\"currency\":\"TZS\",\"unit_price\":18.00}");
        SandboxPackage added = SANDBOX.getSandbox().addPackage("Promo", 2000, new BigDecimal("30000"));
        assertThat(http.get("partner/packages/").body()).contains(added.id())
                .contains("\"credits\":2000,\"price\":30000,\"currency\":\"TZS\",\"unit_price\":15.00");
        SANDBOX.getSandbox().reset();
        assertThat(SANDBOX.getSandbox().packages()).extracting(SandboxPackage::id).doesNotContain(added.id());
    }

    @ParameterizedTest
    @CsvSource({
        "5000, 90000, 18.00, Lite",
        "1, 18, 18.00, Lite",
        "49999, 899982, 18.00, Lite",
        "50000, 700000, 14.00, Standard",
        "149999, 2099986, 14.00, Standard",
        // the reference's gap: Standard continues until Pro starts
        "150000, 2100000, 14.00, Standard",
        "249999, 3499986, 14.00, Standard",
        "250000, 3000000, 12.00, Pro",
        "1000000, 12000000, 12.00, Pro"
    })
    void pricingTiers(long credits, long price, String unitPrice, String tier) {
        HttpResponse<String> response = http.post("partner/pricing/calculate/", "{\"credits\":" + credits + "}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"credits\":" + credits + ",\"price\":" + price
                + ",\"currency\":\"TZS\",\"unit_price\":" + unitPrice + ",\"tier\":\"" + tier + "\"}");
    }

    @Test
    void pricingRefusesNoCredits() {
        for (String body : new String[] {"{}", "{\"credits\":0}", "{\"credits\":\"many\"}", "{\"credits\":1.5}"}) {
            HttpResponse<String> response = http.post("partner/pricing/calculate/", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(Http.json(response).has("credits")).as(body).isTrue();
        }
    }
}
