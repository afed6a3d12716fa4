package io.mifumo.camel.examples.partner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.model.partner.PaymentInitiation;
import io.mifumo.camel.component.model.partner.SmsPackage;
import io.mifumo.camel.component.model.partner.TenantAccount;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Onboards a white-label tenant: creates it, requests its sender ID, buys a package by mobile money, waits for the
 * payment with the partner/payments/status consumer, and sends the tenant's first SMS on its own credits.
 */
public final class PartnerOnboarding {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerOnboarding.class);

    private final CamelContext context;
    private final ProducerTemplate template;

    public PartnerOnboarding(CamelContext context) {
        this.context = context;
        this.template = context.createProducerTemplate();
    }

    /**
     * Runs the onboarding and returns the first SMS sent for the tenant.
     *
     * @param waitSeconds how long to wait for the payment
     */
    public SendSmsResult onboard(String tenantName, String ownerEmail, String ownerPhone, String senderId,
                                 long waitSeconds) throws Exception {
        TenantAccount tenant = template.requestBody("mifumo:partner/tenants/create",
                Map.of("tenant_name", tenantName, "owner_email", ownerEmail, "owner_name", tenantName,
                        "contact_phone", ownerPhone, "initial_credits", 0), TenantAccount.class);
        String tenantId = tenant.getMifumoAccountId();
        LOG.info("Tenant {} created: {}", tenantName, tenantId);

        template.sendBodyAndHeader("mifumo:partner/sender-ids/request",
                Map.of("sender_id", senderId, "use_case", "Order updates for " + tenantName),
                MifumoConstants.TENANT_ID, tenantId);

        @SuppressWarnings("unchecked")
        List<SmsPackage> packages = template.requestBody("mifumo:partner/packages", null, List.class);
        SmsPackage starter = packages.get(0);
        PaymentInitiation payment = template.requestBodyAndHeaders("mifumo:partner/payments/initiate",
                Map.of("buyer_email", ownerEmail, "buyer_name", tenantName, "buyer_phone", ownerPhone,
                        "mobile_money_provider", "vodacom"),
                Map.of(MifumoConstants.TENANT_ID, tenantId, MifumoConstants.PACKAGE_ID, starter.getId()),
                PaymentInitiation.class);
        LOG.info("Payment {} for {} started ({}); the owner confirms it on the phone", payment.getOrderId(),
                starter.getName(), payment.getStatus());

        CompletableFuture<String> outcome = new CompletableFuture<>();
        String routeId = "payment-" + payment.getTransactionId();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                fromF("mifumo:partner/payments/status?tenantId=%s&transactionId=%s&initialDelay=0&delay=500"
                      + "&paymentTimeout=%d", tenantId, payment.getTransactionId(), waitSeconds * 1000)
                        .routeId(routeId)
                        .log(LoggingLevel.INFO, "PartnerOnboarding", "Payment ${header.CamelMifumoTransactionId}:"
                             + " ${header.CamelMifumoStatus}, ${header.CamelMifumoCreditsAdded} credits added")
                        .process(e -> outcome.complete(e.getMessage().getHeader(MifumoConstants.STATUS,
                                String.class)));
            }
        });
        String status = outcome.get(waitSeconds + 10, TimeUnit.SECONDS);
        context.getRouteController().stopRoute(routeId);
        context.removeRoute(routeId);
        if (!"completed".equals(status)) {
            throw new IllegalStateException("The payment of " + tenantName + " ended " + status
                                            + "; no SMS was sent");
        }

        SendSmsResult first = template.requestBodyAndHeaders("mifumo:sms/send",
                "Karibu " + tenantName + "! Your SMS account is ready.",
                Map.of(MifumoConstants.RECIPIENTS, ownerPhone, MifumoConstants.TENANT_ACCOUNT_ID, tenantId,
                        MifumoConstants.SENDER_ID, senderId), SendSmsResult.class);
        LOG.info("First SMS of {} sent: {}", tenantName, first.getMessageId());
        return first;
    }
}
