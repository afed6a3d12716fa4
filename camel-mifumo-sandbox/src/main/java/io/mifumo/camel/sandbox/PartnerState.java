package io.mifumo.camel.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * What the partner (white-label) endpoints remember: the package catalogue, sender ID requests and payments. It is
 * guarded by the monitor of the {@link SandboxState} it belongs to, so a payment that completes credits its tenant
 * atomically with every other change of that tenant's balance.
 */
final class PartnerState {

    /** Sender ID request statuses the reference lists for the {@code status} filter. */
    static final Set<String> SENDER_ID_STATUSES = Set.of("pending", "approved", "rejected");

    private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withZone(ZoneOffset.UTC);

    private static final String ORDER_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static final String PUBLIC_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

    private final SandboxState state;
    private final Map<String, SandboxPackage> packages = new LinkedHashMap<>();
    private final Map<String, SandboxSenderIdRequest> senderIdRequests = new LinkedHashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final Map<String, String> purchases = new HashMap<>();
    private Random random;
    private long sequence;

    PartnerState(SandboxState state) {
        this.state = state;
    }

    void reset() {
        synchronized (state) {
            packages.clear();
            senderIdRequests.clear();
            payments.clear();
            purchases.clear();
            random = new Random(state.config().seed());
            sequence = 0;
            // the catalogue: the reference's Starter Package, then one package per pricing tier
            addPackage("Starter Package", 1_000, null);
            addPackage("Lite Package", 5_000, null);
            addPackage("Standard Package", 50_000, null);
            addPackage("Pro Package", 250_000, null);
        }
    }

    /** A {@code mifumo_account_id_public} such as {@code YCKWLWXX45W_TIAT1Y6BPW}: 22 capitals, digits or _. */
    String publicAccountId() {
        synchronized (state) {
            StringBuilder id = new StringBuilder(22);
            for (int i = 0; i < 22; i++) {
                id.append(PUBLIC_ID_ALPHABET.charAt(random.nextInt(PUBLIC_ID_ALPHABET.length())));
            }
            return id.toString();
        }
    }

    // ---------------------------------------------------------------- packages

    /**
     * Adds a package; a {@code null} price is the tier price of its credits. The id is derived from name and
     * credits, so it stays the same across resets and runs.
     */
    SandboxPackage addPackage(String name, long credits, BigDecimal price) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("package name must not be empty");
        }
        if (credits < 1) {
            throw new IllegalArgumentException("package credits must be at least 1: " + credits);
        }
        if (price != null && price.signum() < 0) {
            throw new IllegalArgumentException("package price must not be negative: " + price);
        }
        BigDecimal total = PartnerPricing.tidy(price != null ? price : PartnerPricing.of(credits).price(credits));
        BigDecimal unit = total.divide(BigDecimal.valueOf(credits), 2, RoundingMode.HALF_UP);
        String id = UUID.nameUUIDFromBytes(("package/" + name + "/" + credits).getBytes(StandardCharsets.UTF_8))
                .toString();
        SandboxPackage created = new SandboxPackage(id, name, credits, total, PartnerPricing.CURRENCY, unit);
        synchronized (state) {
            packages.put(id, created);
        }
        return created;
    }

    List<SandboxPackage> packages() {
        synchronized (state) {
            return List.copyOf(packages.values());
        }
    }

    SandboxPackage pkg(String id) {
        synchronized (state) {
            return id == null ? null : packages.get(id);
        }
    }

    // ---------------------------------------------------------------- sender IDs

    SandboxSenderIdRequest requestSenderId(String apiKey, SandboxState.Tenant tenant, String senderId,
            String useCase) {
        synchronized (state) {
            SandboxSenderIdRequest request = new SandboxSenderIdRequest(UUID.randomUUID().toString(), apiKey,
                    tenant.id, senderId, useCase, "pending", state.now());
            senderIdRequests.put(request.requestId(), request);
            return request;
        }
    }

    /** The tenant's requests, newest first, optionally only those in one status. */
    List<SandboxSenderIdRequest> senderIdRequests(String tenantId, String status) {
        synchronized (state) {
            List<SandboxSenderIdRequest> list = new ArrayList<>();
            for (SandboxSenderIdRequest request : senderIdRequests.values()) {
                if ((tenantId == null || request.tenantAccountId().equals(tenantId))
                        && (status == null || request.status().equals(status))) {
                    list.add(request);
                }
            }
            if (tenantId != null) {
                Collections.reverse(list);
            }
            return list;
        }
    }

    /** Moves a request to approved or rejected; returns whether it changed. */
    boolean setSenderIdRequestStatus(String requestId, String status) {
        String wanted = status == null ? null : status.strip().toLowerCase(Locale.ROOT);
        if (!SENDER_ID_STATUSES.contains(wanted)) {
            throw new IllegalArgumentException("Unknown sender ID request status '" + status
                    + "'; expected one of pending, approved, rejected");
        }
        synchronized (state) {
            SandboxSenderIdRequest request = senderIdRequests.get(requestId);
            if (request == null) {
                throw new IllegalArgumentException("No sender ID request " + requestId);
            }
            if (request.status().equals(wanted)) {
                return false;
            }
            senderIdRequests.put(requestId, new SandboxSenderIdRequest(request.requestId(), request.apiKey(),
                    request.tenantAccountId(), request.senderId(), request.useCase(), wanted, request.createdAt()));
            return true;
        }
    }

    // ---------------------------------------------------------------- payments

    /** Who pays, as the initiate bodies give it. */
    record Buyer(String email, String name, String phone, String provider) {
    }

    SandboxPayment payForPackage(String apiKey, SandboxState.Tenant tenant, SandboxPackage pkg, Buyer buyer) {
        synchronized (state) {
            Payment payment = newPayment(apiKey, tenant, pkg.credits(), pkg.price(), pkg.unitPrice(), buyer);
            payment.packageId = pkg.id();
            payment.packageName = pkg.name();
            return snapshot(payment);
        }
    }

    SandboxPayment payForCredits(String apiKey, SandboxState.Tenant tenant, long credits, Buyer buyer) {
        synchronized (state) {
            PartnerPricing tier = PartnerPricing.of(credits);
            Payment payment = newPayment(apiKey, tenant, credits, tier.price(credits), tier.unitPrice(), buyer);
            payment.purchaseId = UUID.randomUUID().toString();
            payment.tier = tier.label();
            purchases.put(payment.purchaseId, payment.transactionId);
            return snapshot(payment);
        }
    }

    private Payment newPayment(String apiKey, SandboxState.Tenant tenant, long credits, BigDecimal amount,
            BigDecimal unitPrice, Buyer buyer) {
        Instant now = state.now();
        Payment payment = new Payment(UUID.randomUUID().toString(), orderId(now), apiKey, tenant, credits,
                amount, unitPrice, buyer, now, ++sequence);
        if (state.config().paymentDelay() != null) {
            payment.planned = state.config().failingBuyerPhones().contains(buyer.phone())
                    ? PaymentState.FAILED : PaymentState.COMPLETED;
            payment.dueAt = now.plus(state.config().paymentDelay());
        }
        payments.put(payment.transactionId, payment);
        return payment;
    }

    private String orderId(Instant now) {
        while (true) {
            StringBuilder id = new StringBuilder("MIFUMO-").append(ORDER_DATE.format(now)).append('-');
            for (int i = 0; i < 8; i++) {
                id.append(ORDER_ALPHABET.charAt(random.nextInt(ORDER_ALPHABET.length())));
            }
            String candidate = id.toString();
            if (payments.values().stream().noneMatch(p -> p.orderId.equals(candidate))) {
                return candidate;
            }
        }
    }

    /** A payment of the tenant by transaction id (package or custom), or {@code null}. */
    SandboxPayment payment(String tenantId, String transactionId) {
        synchronized (state) {
            settleDue(state.now());
            Payment payment = transactionId == null ? null : payments.get(transactionId);
            return payment == null || !payment.tenant.id.equals(tenantId) ? null : snapshot(payment);
        }
    }

    /** A custom purchase of the tenant by purchase id, or {@code null}. */
    SandboxPayment purchase(String tenantId, String purchaseId) {
        synchronized (state) {
            String transactionId = purchaseId == null ? null : purchases.get(purchaseId);
            return transactionId == null ? null : payment(tenantId, transactionId);
        }
    }

    /** The tenant's payments, newest first, optionally only those in one status. */
    List<SandboxPayment> history(String tenantId, PaymentState status) {
        synchronized (state) {
            settleDue(state.now());
            List<Payment> matching = new ArrayList<>();
            for (Payment payment : payments.values()) {
                if (payment.tenant.id.equals(tenantId) && (status == null || payment.status == status)) {
                    matching.add(payment);
                }
            }
            matching.sort(Comparator.comparing((Payment p) -> p.createdAt).thenComparingLong(p -> p.sequence)
                    .reversed());
            List<SandboxPayment> list = new ArrayList<>(matching.size());
            matching.forEach(payment -> list.add(snapshot(payment)));
            return list;
        }
    }

    List<SandboxPayment> payments() {
        synchronized (state) {
            settleDue(state.now());
            List<SandboxPayment> list = new ArrayList<>();
            payments.values().forEach(payment -> list.add(snapshot(payment)));
            return list;
        }
    }

    /** One payment by transaction or purchase id; throws {@link IllegalArgumentException} if there is none. */
    SandboxPayment payment(String id) {
        synchronized (state) {
            settleDue(state.now());
            return snapshot(find(id));
        }
    }

    /**
     * Ends a pending payment now with the given final status and stops its automatic outcome; completing credits the
     * tenant. A payment already final keeps its status. Returns whether it changed.
     */
    boolean settle(String id, PaymentState target) {
        if (target == null || !target.isFinal()) {
            throw new IllegalArgumentException("a payment can only be settled as completed, failed or cancelled: "
                    + target);
        }
        synchronized (state) {
            Instant now = state.now();
            settleDue(now);
            Payment payment = find(id);
            payment.planned = null;
            return transition(payment, target, now);
        }
    }

    /** Applies automatic outcomes that are due, at the instant they were due; called before any read. */
    void settleDue(Instant now) {
        synchronized (state) {
            for (Payment payment : payments.values()) {
                if (payment.planned != null && payment.status == PaymentState.PENDING
                        && !now.isBefore(payment.dueAt)) {
                    PaymentState planned = payment.planned;
                    payment.planned = null;
                    transition(payment, planned, payment.dueAt);
                }
            }
        }
    }

    /**
     * The only place a payment leaves pending, and so the only place credits are added: a final status never
     * changes, so however often a payment is read or settled, its tenant is credited once.
     */
    private static boolean transition(Payment payment, PaymentState target, Instant at) {
        if (payment.status.isFinal()) {
            return false;
        }
        payment.status = target;
        payment.updatedAt = at;
        if (target == PaymentState.COMPLETED) {
            payment.tenant.balance += payment.credits;
            payment.creditsAdded = payment.credits;
            payment.completedAt = at;
        }
        return true;
    }

    private Payment find(String id) {
        Payment payment = id == null ? null : payments.get(id);
        if (payment == null && id != null && purchases.containsKey(id)) {
            payment = payments.get(purchases.get(id));
        }
        if (payment == null) {
            throw new IllegalArgumentException("No payment with transaction or purchase id " + id);
        }
        return payment;
    }

    private static SandboxPayment snapshot(Payment payment) {
        return new SandboxPayment(payment.transactionId, payment.purchaseId, payment.orderId, payment.apiKey,
                payment.tenant.id, payment.packageId, payment.packageName, payment.credits, payment.amount,
                PartnerPricing.CURRENCY, payment.unitPrice, payment.tier, payment.buyer.email(), payment.buyer.name(),
                payment.buyer.phone(), payment.buyer.provider(), payment.status, payment.creditsAdded,
                payment.createdAt, payment.updatedAt, payment.completedAt);
    }

    private static final class Payment {
        private final String transactionId;
        private final String orderId;
        private final String apiKey;
        private final SandboxState.Tenant tenant;
        private final long credits;
        private final BigDecimal amount;
        private final BigDecimal unitPrice;
        private final Buyer buyer;
        private final Instant createdAt;
        private final long sequence;
        private String purchaseId;
        private String packageId;
        private String packageName;
        private String tier;
        private PaymentState status = PaymentState.PENDING;
        private PaymentState planned;
        private Instant dueAt;
        private Instant updatedAt;
        private Instant completedAt;
        private long creditsAdded;

        private Payment(String transactionId, String orderId, String apiKey, SandboxState.Tenant tenant, long credits,
                BigDecimal amount, BigDecimal unitPrice, Buyer buyer, Instant createdAt, long sequence) {
            this.transactionId = transactionId;
            this.orderId = orderId;
            this.apiKey = apiKey;
            this.tenant = tenant;
            this.credits = credits;
            this.amount = amount;
            this.unitPrice = unitPrice;
            this.buyer = buyer;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
            this.sequence = sequence;
        }
    }
}
