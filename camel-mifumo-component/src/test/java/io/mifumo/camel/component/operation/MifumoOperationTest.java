package io.mifumo.camel.component.operation;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MifumoOperationTest {

    @Test
    void findsOperationsByTheirUriName() {
        assertThat(MifumoOperation.fromUriName("sms/send")).isEqualTo(MifumoOperation.SMS_SEND);
        assertThat(MifumoOperation.fromUriName("/sms/status/")).isEqualTo(MifumoOperation.SMS_STATUS);
    }

    @Test
    void unknownOperationListsTheKnownOnes() {
        assertThatThrownBy(() -> MifumoOperation.fromUriName("sms/sned"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sms/sned'")
                .hasMessageContaining("sms/send, sms/status, sms/balance, sms/delivery-reports");
    }

    @Test
    void metadataNamesMatchTheTable() {
        String names = Arrays.stream(MifumoOperation.values()).map(MifumoOperation::uriName)
                .collect(Collectors.joining(","));
        assertThat(MifumoOperation.NAMES).isEqualTo(names);
    }

    @Test
    void expandsAndEncodesPathParameters() {
        assertThat(MifumoOperation.SMS_STATUS.expandPath(Map.of("message_id", "a b/c")))
                .isEqualTo("/api/integration/v1/sms/status/a%20b%2Fc/");
        assertThatThrownBy(() -> MifumoOperation.SMS_STATUS.expandPath(Map.of()))
                .hasMessageContaining("message_id");
    }

    @Test
    void expandsEveryParameterOfAPartnerPath() {
        assertThat(MifumoOperation.PARTNER_PAYMENTS_STATUS.expandPath(Map.of("tenant_id", "t-1",
                "transaction_id", "tx/2")))
                .isEqualTo("/api/integration/v1/partner/tenants/t-1/payments/tx%2F2/status/");
        assertThatThrownBy(() -> MifumoOperation.PARTNER_PAYMENTS_CUSTOM_STATUS.expandPath(Map.of("tenant_id", "t")))
                .hasMessageContaining("purchase_id");
        assertThat(MifumoOperation.fromUriName("partner/payments/custom/status"))
                .isEqualTo(MifumoOperation.PARTNER_PAYMENTS_CUSTOM_STATUS);
    }

    @Test
    void theMessagingApiTakesAJwtAndTheIntegrationApiTheKey() {
        assertThat(MifumoOperation.SMS_SEND.auth()).isEqualTo(MifumoOperation.Auth.API_KEY);
        assertThat(MifumoOperation.fromUriName("contacts/import").auth()).isEqualTo(MifumoOperation.Auth.JWT);
        assertThat(MifumoOperation.fromUriName("sms/quick").pathTemplate()).isEqualTo("/api/messaging/sms/quick/");
        assertThat(MifumoOperation.CAMPAIGNS_START.expandPath(Map.of("campaign_id", "c1")))
                .isEqualTo("/api/messaging/campaigns/c1/start/");
    }

    @Test
    void onlyGetIsSafeToRepeat() {
        assertThat(MifumoOperation.SMS_SEND.isSafe()).isFalse();
        assertThat(MifumoOperation.SMS_BALANCE.isSafe()).isTrue();
        assertThat(MifumoOperation.PARTNER_PAYMENTS_INITIATE.isSafe()).isFalse();
        assertThat(MifumoOperation.PARTNER_TENANTS_CREATE.isSafe()).isFalse();
        // a POST that only computes a price
        assertThat(MifumoOperation.PARTNER_PRICING_CALCULATE.isSafe()).isTrue();
    }
}
