package io.mifumo.camel.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.partner.CreateTenantRequest;
import io.mifumo.camel.component.model.partner.PricingQuote;
import io.mifumo.camel.component.model.partner.PricingRequest;
import io.mifumo.camel.component.model.partner.SenderIdRequest;
import io.mifumo.camel.component.model.partner.SmsPackage;
import io.mifumo.camel.component.model.partner.TenantAccount;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.validation.PricingCalculator;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import io.mifumo.camel.sandbox.SandboxPackage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenants, sender ID requests, the package catalogue and pricing, against the sandbox over HTTP.
 */
class PartnerTenantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private JsonNode lastBody() throws Exception {
        List<RecordedRequest> requests = sandbox.requests();
        return JSON.readTree(requests.get(requests.size() - 1).body());
    }

    @Test
    void createsATenantFromATypedRequestAndReadsItBack() throws Exception {
        CreateTenantRequest request = new CreateTenantRequest("Restaurant Chain A", "restaurant@example.com");
        request.setOwnerName("John Doe");
        request.setContactPhone("0754 000 111");
        request.setInitialCredits(10L);

        Exchange created = camel.send("mifumo:partner/tenants/create", request, null, null);

        assertThat(created.getException()).isNull();
        TenantAccount tenant = created.getMessage().getBody(TenantAccount.class);
        assertThat(tenant.getMifumoAccountId()).isNotBlank();
        assertThat(tenant.getMifumoAccountIdPublic()).isNotBlank();
        assertThat(tenant.getMifumoApiKey()).isNull();
        assertThat(tenant.getTenantId()).isNotBlank().isNotEqualTo(tenant.getMifumoAccountId());
        assertThat(tenant.getTenantName()).isEqualTo("Restaurant Chain A");
        assertThat(tenant.getSmsBalance()).isEqualByComparingTo("10");
        assertThat(created.getMessage().getHeader(MifumoConstants.TENANT_ID)).isEqualTo(tenant.getMifumoAccountId());
        assertThat(created.getMessage().getHeader(MifumoConstants.BALANCE, BigDecimal.class))
                .isEqualByComparingTo("10");
        assertThat(created.getMessage().getHeader(MifumoConstants.HTTP_STATUS)).isEqualTo(201);
        // the contact phone goes out in the E.164 form of the reference's example
        JsonNode sent = lastBody();
        assertThat(sent.get("contact_phone").asText()).isEqualTo("+255754000111");
        assertThat(sent.has("mifumo_account_id")).isFalse();
        assertThat(sandbox.tenant(tenant.getMifumoAccountId()).contactPhone()).isEqualTo("+255754000111");

        Exchange byHeader = camel.send("mifumo:partner/tenants/get", null, MifumoConstants.TENANT_ID,
                tenant.getMifumoAccountId());
        Exchange byOption = camel.send("mifumo:partner/tenants/get?tenantId=" + tenant.getMifumoAccountId(), null,
                null, null);
        assertThat(byHeader.getMessage().getBody(TenantAccount.class).getTenantName()).isEqualTo("Restaurant Chain A");
        assertThat(byOption.getMessage().getBody(TenantAccount.class).getSmsBalance()).isEqualByComparingTo("10");
    }

    @Test
    void createsATenantFromAMapOrJsonText() {
        Exchange fromMap = camel.send("mifumo:partner/tenants/create",
                Map.of("tenant_name", "Duka", "owner_email", "duka@example.com"), null, null);
        Exchange fromJson = camel.send("mifumo:partner/tenants/create",
                "{\"tenant_name\":\"Kiosk\",\"owner_email\":\"kiosk@example.com\",\"initial_credits\":5}", null, null);

        assertThat(fromMap.getException()).isNull();
        assertThat(fromMap.getMessage().getBody(TenantAccount.class).getTenantName()).isEqualTo("Duka");
        assertThat(fromJson.getMessage().getBody(TenantAccount.class).getSmsBalance()).isEqualByComparingTo("5");
    }

    @Test
    void badTenantInputIsNamedAndNothingIsSent() {
        Exchange misspelt = camel.send("mifumo:partner/tenants/create",
                Map.of("tenant_nam", "Duka", "owner_email", "duka@example.com"), null, null);
        Exchange invalid = camel.send("mifumo:partner/tenants/create",
                "{\"tenant_name\":\" \",\"owner_email\":\"not an email\",\"contact_phone\":\"12\","
                + "\"initial_credits\":-3}", null, null);
        Exchange empty = camel.send("mifumo:partner/tenants/create", null, null, null);
        Exchange notJson = camel.send("mifumo:partner/tenants/create", "Duka", null, null);

        assertThat(misspelt.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("unknown field 'tenant_nam'").hasMessageContaining("tenant_name");
        assertThat(invalid.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("no tenant_name").hasMessageContaining("'not an email'")
                .hasMessageContaining("contact_phone '12'").hasMessageContaining("initial_credits -3");
        assertThat(empty.getException()).hasMessageContaining("no body");
        assertThat(notJson.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("not a CreateTenantRequest in JSON");
        assertThat(sandbox.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "partner/tenants/get", "partner/sender-ids/request", "partner/sender-ids/requests",
        "partner/payments/initiate", "partner/payments/status", "partner/payments/custom/initiate",
        "partner/payments/custom/status", "partner/payments/history" })
    void aMissingTenantIdFailsBeforeAnyRequest(String operation) {
        Exchange exchange = camel.send("mifumo:" + operation, null, null, null);

        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("nothing was sent")
                .hasMessageContaining("no tenant id (the tenant's mifumo_account_id): set the header"
                                      + " CamelMifumoTenantId or the option tenantId");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void anotherKeysTenantIsNotFound() {
        sandbox.addAccount("other-key", 10);
        String foreign = sandbox.createTenant("other-key", "Other", 0);

        Exchange exchange = camel.send("mifumo:partner/tenants/get", null, MifumoConstants.TENANT_ID, foreign);

        assertThat(exchange.getException()).isInstanceOf(MifumoNotFoundException.class)
                .hasMessageContaining("TENANT_NOT_FOUND");
    }

    @Test
    @SuppressWarnings("unchecked")
    void senderIdRequestsAndTheStatusFilter() {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Duka", 0);

        Exchange typed = camel.send("mifumo:partner/sender-ids/request",
                new SenderIdRequest("MYBRAND", "Marketing messages for our brand"), MifumoConstants.TENANT_ID, tenant);
        Exchange json = camel.send("mifumo:partner/sender-ids/request?tenantId=" + tenant,
                "{\"sender_id\":\"DUKA\"}", null, null);

        assertThat(typed.getException()).isNull();
        SenderIdRequest request = typed.getMessage().getBody(SenderIdRequest.class);
        assertThat(request.getRequestId()).isNotBlank();
        assertThat(request.getSenderId()).isEqualTo("MYBRAND");
        assertThat(request.getStatus()).isEqualTo("pending");
        assertThat(request.getTenantId()).isEqualTo(tenant);
        assertThat(typed.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("pending");
        assertThat(json.getMessage().getBody(SenderIdRequest.class).getSenderId()).isEqualTo("DUKA");
        sandbox.setSenderIdRequestStatus(request.getRequestId(), "approved");

        Exchange all = camel.send("mifumo:partner/sender-ids/requests", null, MifumoConstants.TENANT_ID, tenant);
        Exchange approved = camel.template.send("mifumo:partner/sender-ids/requests?status=APPROVED",
                e -> e.getMessage().setHeader(MifumoConstants.TENANT_ID, tenant));
        Exchange pending = camel.template.send("mifumo:partner/sender-ids/requests?status=approved", e -> e
                .getMessage().setHeaders(Map.of(MifumoConstants.TENANT_ID, tenant,
                        MifumoConstants.STATUS_FILTER, "pending")));

        assertThat(all.getMessage().getBody(List.class)).hasSize(2);
        List<SenderIdRequest> approvedList = approved.getMessage().getBody(List.class);
        assertThat(approvedList).extracting(SenderIdRequest::getSenderId).containsExactly("MYBRAND");
        assertThat(sandbox.requests().get(sandbox.requests().size() - 2).path()).endsWith("?status=approved");
        List<SenderIdRequest> pendingList = pending.getMessage().getBody(List.class);
        assertThat(pendingList).extracting(SenderIdRequest::getSenderId).containsExactly("DUKA");
    }

    @Test
    void badSenderIdRequestsAreRefusedBeforeAnyRequest() {
        String tenant = sandbox.createTenant(sandbox.apiKey(), "Duka", 0);

        Exchange tooLong = camel.send("mifumo:partner/sender-ids/request",
                new SenderIdRequest("Duka La Mama Asha", null), MifumoConstants.TENANT_ID, tenant);
        Exchange badFilter = camel.send("mifumo:partner/sender-ids/requests?status=waiting", null,
                MifumoConstants.TENANT_ID, tenant);
        Exchange none = camel.send("mifumo:partner/sender-ids/request", null, MifumoConstants.TENANT_ID, tenant);
        Exchange nothing = camel.send("mifumo:partner/sender-ids/request", null, null, null);

        assertThat(tooLong.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("'Duka La Mama Asha'");
        assertThat(badFilter.getException()).hasMessageContaining("status filter 'waiting'")
                .hasMessageContaining("pending, approved, rejected");
        assertThat(none.getException()).hasMessageContaining("no sender_id");
        assertThat(nothing.getException()).hasMessageContaining("no tenant id").hasMessageContaining("no sender_id");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void packageCatalogue() {
        Exchange exchange = camel.send("mifumo:partner/packages", null, null, null);

        List<SmsPackage> packages = exchange.getMessage().getBody(List.class);
        assertThat(packages).hasSameSizeAs(sandbox.packages());
        SmsPackage starter = packages.get(0);
        SandboxPackage expected = sandbox.packages().get(0);
        assertThat(starter.getId()).isEqualTo(expected.id());
        assertThat(starter.getName()).isEqualTo("Starter Package");
        assertThat(starter.getCredits()).isEqualTo(1000);
        assertThat(starter.getPrice()).isEqualByComparingTo("18000");
        assertThat(starter.getCurrency()).isEqualTo("TZS");
        assertThat(starter.getUnitPrice()).isEqualByComparingTo("18.00");
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 100, 5000, 49_999, 50_000, 149_999, 150_000, 200_000, 249_999, 250_000, 1_000_000 })
    void theLocalCalculatorAgreesWithTheSandbox(long credits) {
        Exchange exchange = camel.send("mifumo:partner/pricing/calculate", new PricingRequest(credits), null, null);

        assertThat(exchange.getException()).isNull();
        PricingQuote remote = exchange.getMessage().getBody(PricingQuote.class);
        PricingQuote local = PricingCalculator.quote(credits);
        assertThat(remote.getCredits()).isEqualTo(local.getCredits());
        assertThat(remote.getPrice()).isEqualByComparingTo(local.getPrice());
        assertThat(remote.getUnitPrice()).isEqualByComparingTo(local.getUnitPrice());
        assertThat(remote.getCurrency()).isEqualTo(local.getCurrency());
        assertThat(remote.getTier()).isEqualTo(local.getTier());
    }

    @Test
    void pricingTakesANumberDigitsAMapOrJson() {
        for (Object body : new Object[] { 5000, 5000L, "5000", Map.of("credits", 5000), "{\"credits\":5000}",
            Map.of("credits", "5000") }) {
            Exchange exchange = camel.send("mifumo:partner/pricing/calculate", body, null, null);
            assertThat(exchange.getException()).as(String.valueOf(body)).isNull();
            PricingQuote quote = exchange.getMessage().getBody(PricingQuote.class);
            assertThat(quote.getPrice()).as(String.valueOf(body)).isEqualByComparingTo("90000");
            assertThat(quote.getTier()).isEqualTo("Lite");
        }
        Exchange none = camel.send("mifumo:partner/pricing/calculate", 0, null, null);
        assertThat(none.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("credits 0 must be at least 1");
        assertThat(sandbox.requestCount("POST", "partner/pricing/calculate")).isEqualTo(6);
    }

    @Test
    void aTenantSendSpendsTheTenantsCredits() {
        Exchange created = camel.send("mifumo:partner/tenants/create",
                Map.of("tenant_name", "Duka", "owner_email", "duka@example.com", "initial_credits", 3), null, null);
        String tenant = created.getMessage().getHeader(MifumoConstants.TENANT_ID, String.class);
        long partnerBalance = sandbox.balance(sandbox.apiKey());

        Exchange sent = camel.template.send("mifumo:sms/send", e -> {
            e.getMessage().setBody("Karibu Duka");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            e.getMessage().setHeader(MifumoConstants.TENANT_ACCOUNT_ID, tenant);
        });

        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getBody(SendSmsResult.class).getStatus()).isEqualTo("sent");
        assertThat(sandbox.tenantBalance(tenant)).isEqualTo(2);
        assertThat(sandbox.balance(sandbox.apiKey())).isEqualTo(partnerBalance);
    }
}
