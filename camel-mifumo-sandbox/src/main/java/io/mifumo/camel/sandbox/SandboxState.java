package io.mifumo.camel.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything the sandbox remembers. One monitor guards it all: a sandbox serves tests, so a simple and obviously
 * atomic check-then-charge matters more than throughput.
 */
final class SandboxState {

    private final SandboxConfig config;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final List<Runnable> resetHooks = new ArrayList<>();
    private final Map<String, Tenant> tenants = new LinkedHashMap<>();
    private final Map<String, StoredMessage> messages = new LinkedHashMap<>();
    private final Map<String, Window> windows = new HashMap<>();
    private final Deque<RecordedRequest> requests = new ArrayDeque<>();
    private final List<PendingFault> faults = new ArrayList<>();
    private final PartnerState partner;
    private Random random;
    private ReportShape reportShape;

    SandboxState(SandboxConfig config) {
        this.config = config;
        this.partner = new PartnerState(this);
        reset();
    }

    synchronized void reset() {
        resetHooks.forEach(Runnable::run);
        accounts.clear();
        config.accounts().forEach((key, credits) -> accounts.put(key, new Account(credits)));
        tenants.clear();
        messages.clear();
        windows.clear();
        requests.clear();
        faults.clear();
        requestHook = null;
        random = new Random(config.seed());
        reportShape = config.reportShape();
        partner.reset();
    }

    Instant now() {
        return config.clock().instant();
    }

    SandboxConfig config() {
        return config;
    }

    synchronized boolean hasAccount(String apiKey) {
        return accounts.containsKey(apiKey);
    }

    synchronized long balance(String apiKey) {
        return account(apiKey).balance;
    }

    synchronized void setBalance(String apiKey, long credits) {
        requireCredits(credits);
        account(apiKey).balance = credits;
    }

    synchronized void addAccount(String apiKey, long credits) {
        requireCredits(credits);
        if (apiKey == null || apiKey.isEmpty()) {
            throw new IllegalArgumentException("API key must not be empty");
        }
        accounts.computeIfAbsent(apiKey, key -> new Account(credits)).balance = credits;
    }

    synchronized Map<String, Long> balances() {
        Map<String, Long> copy = new LinkedHashMap<>();
        accounts.forEach((key, account) -> copy.put(key, account.balance));
        return copy;
    }

    synchronized String createTenant(String apiKey, String name, long credits) {
        return addTenant(apiKey, name, null, null, null, credits).id;
    }

    /** Creates a tenant of {@code apiKey}; the caller has checked the values. */
    synchronized Tenant addTenant(String apiKey, String name, String ownerEmail, String ownerName,
            String contactPhone, long credits) {
        account(apiKey);
        requireCredits(credits);
        Tenant tenant = new Tenant(UUID.randomUUID().toString(), partner.publicAccountId(),
                UUID.randomUUID().toString(), apiKey, name, credits, now());
        tenant.ownerEmail = ownerEmail;
        tenant.ownerName = ownerName;
        tenant.contactPhone = contactPhone;
        tenants.put(tenant.id, tenant);
        return tenant;
    }

    /** The tenant if it exists and belongs to {@code apiKey} ({@code null} = any key), else {@code null}. */
    synchronized Tenant tenant(String id, String apiKey) {
        Tenant tenant = id == null ? null : tenants.get(id);
        if (tenant == null || apiKey != null && !tenant.ownerKey.equals(apiKey)) {
            return null;
        }
        partner.settleDue(now());
        return tenant;
    }

    PartnerState partner() {
        return partner;
    }

    /** A tenant as the admin listing shows it. */
    record TenantInfo(String id, String apiKey, String name, long balance) {
    }

    synchronized List<TenantInfo> tenants() {
        partner.settleDue(now());
        List<TenantInfo> list = new ArrayList<>();
        for (Tenant tenant : tenants.values()) {
            list.add(new TenantInfo(tenant.id, tenant.ownerKey, tenant.name, tenant.balance));
        }
        return list;
    }

    synchronized long tenantBalance(String tenantId) {
        return snapshot(tenantOrThrow(tenantId)).balance();
    }

    synchronized SandboxTenant tenantSnapshot(String tenantId) {
        return snapshot(tenantOrThrow(tenantId));
    }

    private Tenant tenantOrThrow(String tenantId) {
        Tenant tenant = tenant(tenantId, null);
        if (tenant == null) {
            throw new IllegalArgumentException("No tenant " + tenantId);
        }
        return tenant;
    }

    static SandboxTenant snapshot(Tenant tenant) {
        return new SandboxTenant(tenant.id, tenant.publicId, tenant.tenantId, tenant.ownerKey, tenant.name,
                tenant.ownerEmail, tenant.ownerName, tenant.contactPhone, tenant.balance, tenant.createdAt);
    }

    private Account account(String apiKey) {
        Account account = accounts.get(apiKey);
        if (account == null) {
            throw new IllegalArgumentException("No account for the given API key");
        }
        return account;
    }

    private static void requireCredits(long credits) {
        if (credits < 0) {
            throw new IllegalArgumentException("credits must not be negative: " + credits);
        }
    }

    /** Outcome of counting one request against its key's fixed window. */
    record RateDecision(boolean allowed, int limit, int remaining, Instant windowEnd, long retryAfterSeconds) {
    }

    /**
     * Counts one request in a fixed window that opens with the key's first request; the reference gives 1000
     * authenticated requests per hour. A refused request does not count.
     */
    synchronized RateDecision consume(String apiKey) {
        Instant now = now();
        Window window = windows.get(apiKey);
        if (window == null || !now.isBefore(window.end)) {
            window = new Window(now.plus(config.rateLimitWindow()));
            windows.put(apiKey, window);
        }
        int limit = config.rateLimit();
        if (window.count >= limit) {
            long millis = Duration.between(now, window.end).toMillis();
            long retryAfter = Math.max(1, (millis + 999) / 1000);
            return new RateDecision(false, limit, 0, window.end, retryAfter);
        }
        window.count++;
        return new RateDecision(true, limit, limit - window.count, window.end, 0);
    }

    /** What a validated send asks for. */
    record SendRequest(String apiKey, String text, String sender, List<String> recipients, String tenantId) {
    }

    /**
     * Charges and stores a validated send; throws {@link ApiError} for a tenant of another key, a rejected sender
     * or a balance that is short.
     */
    synchronized SandboxMessage send(SendRequest request, SmsEncoding.Result encoding) {
        Tenant tenant = null;
        if (request.tenantId() != null) {
            // settles payments that became due, so credits bought a moment ago are there to spend
            tenant = tenant(request.tenantId(), request.apiKey());
            if (tenant == null) {
                // a tenant of another key is as invisible as one that does not exist
                throw new ApiError(Reply.json(404, Json.error("Tenant not found", "TENANT_NOT_FOUND")));
            }
        }
        if (config.rejectedSenderIds().contains(request.sender().toUpperCase(Locale.ROOT))) {
            throw new ApiError(Reply.json(400, senderRejected(request.sender())));
        }

        long cost = (long) request.recipients().size() * encoding.segments();
        long balance = tenant != null ? tenant.balance : account(request.apiKey()).balance;
        if (balance < cost) {
            ObjectNode body = Json.object();
            body.put("error", "Insufficient credits");
            body.put("message", "You need " + cost + " credits to perform this action. Current balance: " + balance
                    + " credits");
            body.put("required_credits", cost);
            body.put("current_balance", balance);
            throw new ApiError(Reply.json(402, body));
        }
        if (tenant != null) {
            tenant.balance -= cost;
        } else {
            account(request.apiKey()).balance -= cost;
        }

        Instant now = now();
        StoredMessage message = new StoredMessage(UUID.randomUUID().toString(), request, encoding, cost, now);
        Instant due = now.plus(config.deliveryDelay());
        for (String recipient : request.recipients()) {
            // draw for every recipient, failing or not, so the seeded sequence does not depend on the failing set
            boolean unlucky = random.nextDouble() < config.failureRatio();
            boolean failing = unlucky || config.failingRecipients().contains(recipient);
            message.slots.add(new Slot(recipient, now, failing ? DeliveryStatus.FAILED : DeliveryStatus.DELIVERED,
                    due));
        }
        messages.put(message.id, message);
        return snapshot(message, now);
    }

    private static ObjectNode senderRejected(String sender) {
        ObjectNode body = Json.object();
        body.put("error", "Sender ID not approved");
        body.put("code", "SENDER_ID_REJECTED");
        String text = "Sender ID '" + sender + "' is not approved for this account";
        body.put("message", text);
        body.putObject("details").putArray("sender_id").add(text);
        return body;
    }

    /** The message if it exists and belongs to {@code apiKey} ({@code null} = any key), else {@code null}. */
    synchronized SandboxMessage message(String id, String apiKey) {
        StoredMessage message = messages.get(id);
        if (message == null || apiKey != null && !message.request.apiKey().equals(apiKey)) {
            return null;
        }
        return snapshot(message, now());
    }

    synchronized List<SandboxMessage> messages() {
        Instant now = now();
        List<SandboxMessage> all = new ArrayList<>(messages.size());
        for (StoredMessage message : messages.values()) {
            all.add(snapshot(message, now));
        }
        return all;
    }

    /**
     * Forces a status now and stops the automatic outcome for that recipient; a recipient already in a final status
     * keeps it. Returns how many recipients changed.
     */
    synchronized int setRecipientStatus(String messageId, String recipient, DeliveryStatus status) {
        StoredMessage message = messages.get(messageId);
        if (message == null) {
            throw new IllegalArgumentException("No message " + messageId);
        }
        Instant now = now();
        settle(message, now);
        int changed = 0;
        boolean found = false;
        for (Slot slot : message.slots) {
            if (recipient != null && !slot.recipient.equals(recipient)) {
                continue;
            }
            found = true;
            if (slot.status.isFinal()) {
                continue;
            }
            slot.planned = null;
            if (slot.status != status) {
                slot.status = status;
                slot.updatedAt = now;
                changed++;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("Message " + messageId + " has no recipient " + recipient);
        }
        return changed;
    }

    /** One delivery report: a recipient of a message that reached a final status. */
    record Report(String id, String messageId, String recipient, DeliveryStatus status, String senderId,
            Instant sentAt, Instant finalAt) {
    }

    /** Reports of one key, newest final status first; ties broken by report id so pages are stable. */
    synchronized List<Report> reports(String apiKey) {
        Instant now = now();
        List<Report> reports = new ArrayList<>();
        for (StoredMessage message : messages.values()) {
            if (!message.request.apiKey().equals(apiKey)) {
                continue;
            }
            settle(message, now);
            for (Slot slot : message.slots) {
                if (slot.status.isFinal()) {
                    reports.add(new Report(reportId(message.id, slot.recipient), message.id, slot.recipient,
                            slot.status, message.request.sender(), message.sentAt, slot.updatedAt));
                }
            }
        }
        reports.sort(Comparator.comparing(Report::finalAt).reversed().thenComparing(Report::id));
        return reports;
    }

    private static String reportId(String messageId, String recipient) {
        // derived, not stored, so the same report keeps its id across reads
        return UUID.nameUUIDFromBytes((messageId + "/" + recipient).getBytes(StandardCharsets.UTF_8)).toString();
    }

    synchronized ReportShape reportShape() {
        return reportShape;
    }

    synchronized void setReportShape(ReportShape shape) {
        if (shape == null) {
            throw new IllegalArgumentException("report shape must not be null");
        }
        reportShape = shape;
    }

    /** Applies outcomes that are due: statuses move lazily, on read, at the instant they were due. */
    private static void settle(StoredMessage message, Instant now) {
        for (Slot slot : message.slots) {
            if (slot.planned != null && !slot.status.isFinal() && !now.isBefore(slot.dueAt)) {
                slot.status = slot.planned;
                slot.updatedAt = slot.dueAt;
                slot.planned = null;
            }
        }
    }

    private static SandboxMessage snapshot(StoredMessage message, Instant now) {
        settle(message, now);
        List<String> recipients = new ArrayList<>();
        List<SandboxMessage.RecipientState> states = new ArrayList<>();
        boolean allFinal = true;
        boolean anyDelivered = false;
        DeliveryStatus common = null;
        boolean mixed = false;
        Instant lastFinal = null;
        for (Slot slot : message.slots) {
            recipients.add(slot.recipient);
            states.add(new SandboxMessage.RecipientState(slot.recipient, slot.status, slot.updatedAt));
            if (!slot.status.isFinal()) {
                allFinal = false;
                continue;
            }
            anyDelivered |= slot.status == DeliveryStatus.DELIVERED;
            mixed |= common != null && common != slot.status;
            common = slot.status;
            lastFinal = lastFinal == null || slot.updatedAt.isAfter(lastFinal) ? slot.updatedAt : lastFinal;
        }
        DeliveryStatus status;
        if (!allFinal) {
            status = DeliveryStatus.SENT;
        } else if (anyDelivered) {
            status = DeliveryStatus.DELIVERED;
        } else {
            // all final, none delivered: the shared status (all rejected = rejected), or failed for a mix
            status = mixed ? DeliveryStatus.FAILED : common;
        }
        SendRequest request = message.request;
        return new SandboxMessage(message.id, request.apiKey(), request.text(), request.sender(), recipients, states,
                message.encoding.segments(), message.encoding.encoding(), message.credits, request.tenantId(), status,
                message.sentAt, allFinal ? lastFinal : null);
    }

    synchronized void record(RecordedRequest request) {
        requests.addLast(request);
        while (requests.size() > config.requestLogLimit()) {
            requests.removeFirst();
        }
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    private volatile Consumer<String> requestHook;

    /** Runs {@code hook} on every {@link #reset()}, holding this state's monitor; for the other API families. */
    synchronized void onReset(Runnable hook) {
        resetHooks.add(hook);
    }

    void setRequestHook(Consumer<String> hook) {
        this.requestHook = hook;
    }

    Consumer<String> requestHook() {
        return requestHook;
    }

    synchronized void enqueueFault(Fault fault) {
        faults.add(new PendingFault(fault, fault.timesValue()));
    }

    synchronized void clearFaults() {
        faults.clear();
    }

    synchronized int pendingFaults() {
        int total = 0;
        for (PendingFault pending : faults) {
            total += pending.remaining;
        }
        return total;
    }

    /** The first queued fault that matches, used up by one; {@code null} if none matches. */
    synchronized Fault takeFault(String method, String path) {
        Iterator<PendingFault> it = faults.iterator();
        while (it.hasNext()) {
            PendingFault pending = it.next();
            if (pending.fault.matches(method, path)) {
                if (--pending.remaining == 0) {
                    it.remove();
                }
                return pending.fault;
            }
        }
        return null;
    }

    private static final class Account {
        private long balance;

        private Account(long balance) {
            this.balance = balance;
        }
    }

    /** A white-label tenant; guarded by this state's monitor like everything else. */
    static final class Tenant {
        final String id;
        final String publicId;
        final String tenantId;
        final String ownerKey;
        final String name;
        final Instant createdAt;
        String ownerEmail;
        String ownerName;
        String contactPhone;
        long balance;

        private Tenant(String id, String publicId, String tenantId, String ownerKey, String name, long balance,
                Instant createdAt) {
            this.id = id;
            this.publicId = publicId;
            this.tenantId = tenantId;
            this.ownerKey = ownerKey;
            this.name = name;
            this.balance = balance;
            this.createdAt = createdAt;
        }
    }

    private static final class Window {
        private final Instant end;
        private int count;

        private Window(Instant end) {
            this.end = end;
        }
    }

    private static final class PendingFault {
        private final Fault fault;
        private int remaining;

        private PendingFault(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private static final class StoredMessage {
        private final String id;
        private final SendRequest request;
        private final SmsEncoding.Result encoding;
        private final long credits;
        private final Instant sentAt;
        private final List<Slot> slots = new ArrayList<>();

        private StoredMessage(String id, SendRequest request, SmsEncoding.Result encoding, long credits,
                Instant sentAt) {
            this.id = id;
            this.request = request;
            this.encoding = encoding;
            this.credits = credits;
            this.sentAt = sentAt;
        }
    }

    /** One recipient of a stored message: its current status and the outcome planned for it at send time. */
    private static final class Slot {
        private final String recipient;
        private final Instant dueAt;
        private DeliveryStatus status = DeliveryStatus.SENT;
        private Instant updatedAt;
        private DeliveryStatus planned;

        private Slot(String recipient, Instant sentAt, DeliveryStatus planned, Instant dueAt) {
            this.recipient = recipient;
            this.updatedAt = sentAt;
            this.planned = planned;
            this.dueAt = dueAt;
        }
    }
}
