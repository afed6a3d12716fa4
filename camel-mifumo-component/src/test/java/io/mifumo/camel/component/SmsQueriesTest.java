package io.mifumo.camel.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.MessageStatus;
import io.mifumo.camel.component.model.sms.SmsBalance;
import io.mifumo.camel.sandbox.DeliveryStatus;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.ReportShape;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class SmsQueriesTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        sandbox.setReportShape(ReportShape.RESULTS);
        camel = new CamelSandboxSupport(sandbox);
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private String send(String recipients) {
        Exchange exchange = camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, recipients);
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(MifumoConstants.MESSAGE_ID, String.class);
    }

    @Test
    void statusFromTheHeaderOrTheOption() {
        String id = send("0754000111");
        sandbox.setRecipientStatus(id, "+255754000111", DeliveryStatus.DELIVERED);

        Exchange byHeader = camel.send("mifumo:sms/status", null, MifumoConstants.MESSAGE_ID, id);
        MessageStatus status = byHeader.getMessage().getBody(MessageStatus.class);
        assertThat(status.getMessageId()).isEqualTo(id);
        assertThat(status.getStatus()).isEqualTo("delivered");
        assertThat(status.getDeliveredAt()).isNotBlank();
        assertThat(byHeader.getMessage().getHeader(MifumoConstants.STATUS)).isEqualTo("delivered");

        Exchange byOption = camel.send("mifumo:sms/status?messageId=" + id, null, null, null);
        assertThat(byOption.getMessage().getBody(MessageStatus.class).getStatus()).isEqualTo("delivered");
    }

    @Test
    void statusOfAnUnknownMessageIsNotFound() {
        Exchange exchange = camel.send("mifumo:sms/status", null, MifumoConstants.MESSAGE_ID, "no-such-id");
        assertThat(exchange.getException()).isInstanceOf(MifumoNotFoundException.class)
                .hasMessageContaining("HTTP 404");
        Exchange missing = camel.send("mifumo:sms/status", null, null, null);
        assertThat(missing.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("no message id");
    }

    @Test
    void balance() {
        sandbox.setBalance(sandbox.apiKey(), 1234);
        Exchange exchange = camel.send("mifumo:sms/balance", null, null, null);
        SmsBalance balance = exchange.getMessage().getBody(SmsBalance.class);
        assertThat(balance.getBalance()).isEqualByComparingTo("1234");
        assertThat(balance.getCurrency()).isEqualTo("credits");
        assertThat(exchange.getMessage().getHeader(MifumoConstants.BALANCE, BigDecimal.class))
                .isEqualByComparingTo("1234");
    }

    @ParameterizedTest
    @EnumSource(ReportShape.class)
    @SuppressWarnings("unchecked")
    void deliveryReportsPageByPageInEveryShape(ReportShape shape) {
        sandbox.setReportShape(shape);
        String id = send("0754000111,0655000222,0692000444");
        for (String recipient : List.of("+255754000111", "+255655000222", "+255692000444")) {
            sandbox.setRecipientStatus(id, recipient, DeliveryStatus.DELIVERED);
        }

        Exchange first = camel.template.send("mifumo:sms/delivery-reports?limit=2", e -> { });
        List<DeliveryReport> page = first.getMessage().getBody(List.class);
        assertThat(page).hasSize(2).allSatisfy(r -> {
            assertThat(r.getMessageId()).isEqualTo(id);
            assertThat(r.getStatus()).isEqualTo("delivered");
        });
        assertThat(first.getMessage().getHeader(MifumoConstants.NEXT_OFFSET)).isEqualTo(2);

        Exchange second = camel.template.send("mifumo:sms/delivery-reports?limit=2", e -> e.getMessage()
                .setHeader(MifumoConstants.OFFSET, 2));
        List<DeliveryReport> rest = second.getMessage().getBody(List.class);
        assertThat(rest).hasSize(1);
        assertThat(second.getMessage().getHeader(MifumoConstants.NEXT_OFFSET)).isNull();

        assertThat(page.stream().map(DeliveryReport::getRecipient).toList())
                .doesNotContain(rest.get(0).getRecipient());
    }

    @Test
    void negativePagingIsRefusedBeforeAnyRequest() {
        Exchange exchange = camel.template.send("mifumo:sms/delivery-reports", e -> e.getMessage().setHeaders(
                Map.of(MifumoConstants.LIMIT, -1, MifumoConstants.OFFSET, -5)));
        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("limit -1").hasMessageContaining("offset -5");
        assertThat(sandbox.requests()).isEmpty();
    }
}
