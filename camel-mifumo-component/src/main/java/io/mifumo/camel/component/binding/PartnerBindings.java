package io.mifumo.camel.component.binding;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.partner.CreateTenantRequest;
import io.mifumo.camel.component.model.partner.CustomPaymentRequest;
import io.mifumo.camel.component.model.partner.CustomPurchase;
import io.mifumo.camel.component.model.partner.MobileMoneyBuyer;
import io.mifumo.camel.component.model.partner.PaymentHistoryEntry;
import io.mifumo.camel.component.model.partner.PaymentInitiation;
import io.mifumo.camel.component.model.partner.PaymentRequest;
import io.mifumo.camel.component.model.partner.PaymentStatus;
import io.mifumo.camel.component.model.partner.PricingQuote;
import io.mifumo.camel.component.model.partner.PricingRequest;
import io.mifumo.camel.component.model.partner.SenderIdRequest;
import io.mifumo.camel.component.model.partner.SmsPackage;
import io.mifumo.camel.component.model.partner.TenantAccount;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.ApiCaller;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.ResponseBodies;
import io.mifumo.camel.component.validation.EmailAddresses;
import io.mifumo.camel.component.validation.MobileMoney;
import io.mifumo.camel.component.validation.PhoneNumbers;
import io.mifumo.camel.component.validation.SenderIds;
import org.apache.camel.Message;

/**
 * Bindings of the white-label partner API: tenants, their sender ID requests, the package catalogue, mobile-money
 * payments and pricing. Every input is checked before the request, and every problem is named at once.
 */
final class PartnerBindings {

    /** Sender ID request statuses of the reference, for the status filter. */
    static final List<String> SENDER_ID_STATUSES = List.of("pending", "approved", "rejected");

    /** The payment history's page size: "max: 100". */
    static final int MAX_HISTORY_LIMIT = 100;

    private static final String TENANT_WHAT = "tenant id (the tenant's mifumo_account_id)";

    static final OperationBinding TENANTS_CREATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            CreateTenantRequest given = Inputs.body(in, CreateTenantRequest.class, problems);
            if (given == null && problems.isEmpty()) {
                // an empty body; an unreadable one has already said why
                problems.add("no body: give a CreateTenantRequest, a Map or JSON text with tenant_name and"
                             + " owner_email");
            }
            CreateTenantRequest send = null;
            if (given != null) {
                send = new CreateTenantRequest(Inputs.firstNonEmpty(given.getTenantName()),
                        Inputs.firstNonEmpty(given.getOwnerEmail()));
                send.setOwnerName(Inputs.firstNonEmpty(given.getOwnerName()));
                send.setInitialCredits(given.getInitialCredits());
                if (send.getTenantName() == null) {
                    problems.add("no tenant_name");
                }
                addProblem(problems, EmailAddresses.check("owner_email", send.getOwnerEmail()));
                String phone = Inputs.firstNonEmpty(given.getContactPhone());
                if (phone != null) {
                    try {
                        send.setContactPhone(PhoneNumbers.toE164(phone, configuration.getDefaultRegion()));
                    } catch (IllegalArgumentException e) {
                        problems.add("contact_phone " + e.getMessage());
                    }
                }
                if (given.getInitialCredits() != null && given.getInitialCredits() < 0) {
                    problems.add("initial_credits " + given.getInitialCredits() + " must not be negative");
                }
            }
            check(operation, problems);
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(send));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            tenant(response, out);
        }
    };

    static final OperationBinding TENANTS_GET = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            check(operation, problems);
            return new PreparedCall(Inputs.request(operation, configuration,
                    operation.expandPath(Map.of("tenant_id", tenant))));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            tenant(response, out);
        }
    };

    static final OperationBinding SENDER_IDS_REQUEST = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            int before = problems.size();
            SenderIdRequest given = Inputs.body(in, SenderIdRequest.class, problems);
            boolean unreadable = problems.size() > before;
            String senderId = given == null ? null : given.getSenderId();
            if (!unreadable && (senderId == null || senderId.isBlank())) {
                problems.add("no sender_id: give a SenderIdRequest, a Map or JSON text with sender_id and use_case");
            } else if (senderId != null) {
                addProblem(problems, SenderIds.check(senderId));
            }
            check(operation, problems);
            SenderIdRequest send = new SenderIdRequest(senderId, Inputs.firstNonEmpty(given.getUseCase()));
            return new PreparedCall(Inputs.request(operation, configuration,
                    operation.expandPath(Map.of("tenant_id", tenant))).body(send));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            SenderIdRequest request = Inputs.object(response.getBody(), SenderIdRequest.class);
            out.setBody(request);
            out.setHeader(MifumoConstants.STATUS, request.getStatus());
        }
    };

    static final OperationBinding SENDER_IDS_REQUESTS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            String status = statusFilter(configuration, in, SENDER_ID_STATUSES, problems);
            check(operation, problems);
            return new PreparedCall(Inputs.request(operation, configuration,
                    operation.expandPath(Map.of("tenant_id", tenant))).query("status", status));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) {
            out.setBody(ResponseBodies.readPage(Inputs.MAPPER, response.getBody(), SenderIdRequest.class).items());
        }
    };

    static final OperationBinding PACKAGES = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) {
            out.setBody(ResponseBodies.readPage(Inputs.MAPPER, response.getBody(), SmsPackage.class).items());
        }
    };

    static final OperationBinding PAYMENTS_INITIATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            PaymentRequest given = Inputs.body(in, PaymentRequest.class, problems);
            String packageId = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.PACKAGE_ID, String.class),
                    given == null ? null : given.getPackageId(), configuration.getPackageId());
            if (packageId == null) {
                problems.add("no package id: set the header " + MifumoConstants.PACKAGE_ID + ", the body's"
                             + " package_id or the option packageId (an id from partner/packages)");
            }
            PaymentRequest send = new PaymentRequest(packageId);
            buyer(given, send, problems);
            check(operation, problems);
            return new PreparedCall(Inputs.request(operation, configuration,
                    operation.expandPath(Map.of("tenant_id", tenant))).body(send));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            PaymentInitiation payment = Inputs.object(response.getBody(), PaymentInitiation.class);
            out.setBody(payment);
            out.setHeader(MifumoConstants.TRANSACTION_ID, payment.getTransactionId());
            out.setHeader(MifumoConstants.ORDER_ID, payment.getOrderId());
            out.setHeader(MifumoConstants.STATUS, payment.getStatus());
        }
    };

    static final OperationBinding PAYMENTS_STATUS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            String transaction = id(in, MifumoConstants.TRANSACTION_ID, configuration.getTransactionId(),
                    "transactionId", "transaction id", problems);
            check(operation, problems);
            return new PreparedCall(PartnerPayments.paymentStatusRequest(configuration, tenant, transaction));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            PaymentStatus status = PartnerPayments.readPaymentStatus(response);
            out.setBody(status);
            out.setHeader(MifumoConstants.TRANSACTION_ID, status.getTransactionId());
            out.setHeader(MifumoConstants.STATUS, status.getStatus());
        }
    };

    static final OperationBinding PAYMENTS_CUSTOM_INITIATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            CustomPaymentRequest given = Inputs.body(in, CustomPaymentRequest.class, problems);
            Long credits = given == null ? null : given.getCredits();
            if (credits == null) {
                problems.add("no credits: give a CustomPaymentRequest, a Map or JSON text with credits (at least "
                             + MobileMoney.MINIMUM_CUSTOM_CREDITS + ") and the buyer");
            } else if (credits < MobileMoney.MINIMUM_CUSTOM_CREDITS) {
                problems.add("credits " + credits + " is below the minimum of a custom purchase, "
                             + MobileMoney.MINIMUM_CUSTOM_CREDITS);
            }
            CustomPaymentRequest send = new CustomPaymentRequest();
            send.setCredits(credits);
            buyer(given, send, problems);
            check(operation, problems);
            return new PreparedCall(Inputs.request(operation, configuration,
                    operation.expandPath(Map.of("tenant_id", tenant))).body(send));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            CustomPurchase purchase = PartnerPayments.readCustomPurchase(response);
            out.setBody(purchase);
            out.setHeader(MifumoConstants.PURCHASE_ID, purchase.getPurchaseId());
            out.setHeader(MifumoConstants.TRANSACTION_ID, purchase.getTransactionId());
            out.setHeader(MifumoConstants.ORDER_ID, purchase.getOrderId());
            out.setHeader(MifumoConstants.STATUS, purchase.getStatus());
        }
    };

    static final OperationBinding PAYMENTS_CUSTOM_STATUS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            String purchase = id(in, MifumoConstants.PURCHASE_ID, configuration.getPurchaseId(), "purchaseId",
                    "purchase id", problems);
            check(operation, problems);
            return new PreparedCall(PartnerPayments.customPurchaseStatusRequest(configuration, tenant, purchase));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            CustomPurchase purchase = PartnerPayments.readCustomPurchase(response);
            out.setBody(purchase);
            out.setHeader(MifumoConstants.PURCHASE_ID, purchase.getPurchaseId());
            out.setHeader(MifumoConstants.STATUS, purchase.getStatus());
        }
    };

    static final OperationBinding PAYMENTS_HISTORY = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            String tenant = tenantId(configuration, in, problems);
            String status = statusFilter(configuration, in, PaymentStatus.STATUSES, problems);
            Integer limit = in.getHeader(MifumoConstants.LIMIT, configuration.getLimit(), Integer.class);
            Integer offset = in.getHeader(MifumoConstants.OFFSET, configuration.getOffset(), Integer.class);
            if (limit == null || limit < 1 || limit > MAX_HISTORY_LIMIT) {
                problems.add("limit " + limit + " must be 1 to " + MAX_HISTORY_LIMIT
                             + " (the payment history's largest page)");
            }
            if (offset == null || offset < 0) {
                problems.add("offset " + offset + " must not be negative");
            }
            check(operation, problems);

            String path = operation.expandPath(Map.of("tenant_id", tenant));
            IntFunction<MifumoHttpRequest> page = at -> Inputs.request(operation, configuration, path)
                    .query("status", status).query("limit", limit).query("offset", at);
            // one page waits at most for a connection and an answer, with a margin for the pool
            long wait = configuration.getConnectTimeout() + configuration.getRequestTimeout() + 5_000;
            return new PreparedCall(page.apply(offset),
                    new HistoryPaging(page, limit, offset, configuration.isStreamAllPages(), wait));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) {
            throw new IllegalStateException("partner/payments/history needs the client to complete");
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out, ApiCaller client) {
            HistoryPaging paging = (HistoryPaging) call.context();
            ResponseBodies.Page<PaymentHistoryEntry> page
                    = ResponseBodies.readPage(Inputs.MAPPER, response.getBody(), PaymentHistoryEntry.class);
            out.setHeader(MifumoConstants.TOTAL_COUNT, page.count());
            if (paging.stream()) {
                out.setBody(new PageIterator<>(client, paging.page(), PaymentHistoryEntry.class,
                        PartnerBindings::paymentIdentity, page, paging.offset(), paging.limit(), paging.waitMillis()));
                out.removeHeader(MifumoConstants.NEXT_OFFSET);
                return;
            }
            out.setBody(page.items());
            boolean more = page.mayHaveMore(paging.limit());
            out.setHeader(MifumoConstants.NEXT_OFFSET, more ? paging.offset() + page.items().size() : null);
        }
    };

    static final OperationBinding PRICING_CALCULATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> problems = new ArrayList<>();
            Long credits = pricingCredits(in, problems);
            if (credits == null && problems.isEmpty()) {
                problems.add("no credits: give the number of credits, a PricingRequest, a Map or JSON text with"
                             + " credits");
            } else if (credits != null && credits < 1) {
                problems.add("credits " + credits + " must be at least 1");
            }
            check(operation, problems);
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate())
                    .body(new PricingRequest(credits)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), PricingQuote.class));
        }
    };

    private PartnerBindings() {
    }

    /** What the history binding remembers for its answer: how to ask for any page, and the paging it used. */
    private record HistoryPaging(IntFunction<MifumoHttpRequest> page, int limit, int offset, boolean stream,
                                 long waitMillis) {
    }

    private static Object paymentIdentity(PaymentHistoryEntry entry) {
        return entry.getTransactionId() != null ? entry.getTransactionId() : entry.getPurchaseId();
    }

    private static void tenant(MifumoHttpResponse response, Message out) throws Exception {
        TenantAccount tenant = Inputs.object(response.getBody(), TenantAccount.class);
        out.setBody(tenant);
        out.setHeader(MifumoConstants.TENANT_ID, tenant.getMifumoAccountId());
        out.setHeader(MifumoConstants.BALANCE, tenant.getSmsBalance());
    }

    private static String tenantId(MifumoConfiguration configuration, Message in, List<String> problems) {
        return id(in, MifumoConstants.TENANT_ID, configuration.getTenantId(), "tenantId", TENANT_WHAT, problems);
    }

    /** The header's value, else the option's; adds a problem naming both when neither is set. */
    private static String id(Message in, String header, String optionValue, String option, String what,
                             List<String> problems) {
        String value = Inputs.firstNonEmpty(in.getHeader(header, String.class), optionValue);
        if (value == null) {
            problems.add("no " + what + ": set the header " + header + " or the option " + option);
        }
        return value;
    }

    /** The status filter from the header or the option, lower-cased; null for none. */
    private static String statusFilter(MifumoConfiguration configuration, Message in, List<String> allowed,
                                       List<String> problems) {
        String status = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.STATUS_FILTER, String.class),
                configuration.getStatus());
        if (status == null) {
            return null;
        }
        String wanted = status.toLowerCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            problems.add("status filter '" + status + "' is not one of " + String.join(", ", allowed));
        }
        return wanted;
    }

    /**
     * Checks the buyer of a payment and copies it, normalised, onto the request to send: the provider lower-case,
     * the phone in the local form the reference documents for buyer_phone.
     */
    private static void buyer(MobileMoneyBuyer given, MobileMoneyBuyer send, List<String> problems) {
        MobileMoneyBuyer buyer = given != null ? given : new PaymentRequest();
        send.setBuyerEmail(Inputs.firstNonEmpty(buyer.getBuyerEmail()));
        addProblem(problems, EmailAddresses.check("buyer_email", send.getBuyerEmail()));
        send.setBuyerName(Inputs.firstNonEmpty(buyer.getBuyerName()));
        if (send.getBuyerName() == null) {
            problems.add("no buyer_name");
        }
        try {
            send.setBuyerPhone(MobileMoney.buyerPhone(buyer.getBuyerPhone()));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        try {
            send.setMobileMoneyProvider(MobileMoney.provider(buyer.getMobileMoneyProvider()));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }

    /** Credits from a whole number, digits, a PricingRequest, a Map or JSON text. */
    private static Long pricingCredits(Message in, List<String> problems) {
        Object body = in.getBody();
        if (body instanceof Integer || body instanceof Long || body instanceof Short || body instanceof BigInteger) {
            return ((Number) body).longValue();
        }
        if (body instanceof String text && text.strip().matches("-?[0-9]{1,18}")) {
            return Long.valueOf(text.strip());
        }
        PricingRequest request = Inputs.body(in, PricingRequest.class, problems);
        return request == null ? null : request.getCredits();
    }

    private static void addProblem(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static void check(MifumoOperation operation, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new MifumoValidationException(operation.uriName(), problems);
        }
    }
}
