package io.mifumo.camel.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;

/**
 * An in-memory, stateful server that speaks the Mifumo SMS API v2.0 integration endpoints on 127.0.0.1.
 *
 * <pre>{@code
 * try (MifumoSandbox sandbox = MifumoSandbox.builder().apiKey("sandbox-key", 10_000).build().start()) {
 *     String baseUrl = sandbox.baseUrl();   // http://127.0.0.1:PORT
 *     ...
 * }
 * }</pre>
 *
 * <p>Each API key is an account with its own credit balance. State (accounts, messages, request log, faults,
 * rate-limit windows) is thread-safe; {@link #reset()} returns it to what the builder configured.
 */
public final class MifumoSandbox implements AutoCloseable {

    /** The key a sandbox gets when the builder names none. */
    public static final String DEFAULT_API_KEY = "sandbox-key";

    /** The balance of {@link #DEFAULT_API_KEY}. */
    public static final long DEFAULT_BALANCE = 10_000;

    /** Path prefix of the integration API. */
    public static final String API_PATH = Fault.API_ROOT;

    private static final System.Logger LOG = System.getLogger(MifumoSandbox.class.getName());

    private static final String LOOPBACK = "127.0.0.1";

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // HttpServer writes the headers and the body of an answer separately; with Nagle's algorithm on, the body
        // then waits for the client's delayed ACK, about 40 ms per request. The JDK reads this switch once, when
        // its server classes load, and only for its own HttpServer; a value set by the user is left alone.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final SandboxConfig config;
    private final SandboxState state;
    private final MessagingState messaging;
    private HttpServer server;
    private ExecutorService executor;
    private volatile int port = -1;

    private MifumoSandbox(MessagingConfig messagingConfig, SandboxConfig config) {
        this.config = config;
        this.state = new SandboxState(config);
        this.messaging = new MessagingState(state, messagingConfig);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds to 127.0.0.1 and starts serving; returns this sandbox for chaining. */
    public synchronized MifumoSandbox start() {
        if (server != null) {
            throw new IllegalStateException("Sandbox already started on port " + port);
        }
        long started = System.nanoTime();
        try {
            // a backlog above the thread count, so a burst of 64+ concurrent connections queues instead of failing
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), config.port()),
                    Math.max(128, config.threads() * 2));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the Mifumo sandbox to " + LOOPBACK + ":" + config.port(), e);
        }
        executor = Executors.newFixedThreadPool(config.threads(), new SandboxThreads());
        port = server.getAddress().getPort();
        server.setExecutor(executor);
        server.createContext("/", new SandboxHttpHandler(state, new AdminHandler(state), messaging,
                LOOPBACK + ":" + port));
        server.start();
        LOG.log(Level.INFO, () -> "Mifumo sandbox started on " + baseUrl() + " in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        return this;
    }

    /** Stops at once: open connections are closed and delayed faults still waiting are abandoned. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        executor = null;
        LOG.log(Level.INFO, () -> "Mifumo sandbox on port " + port + " stopped");
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port bound; only known after {@link #start()}. */
    public int port() {
        if (port < 0) {
            throw new IllegalStateException("Sandbox not started");
        }
        return port;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + port();
    }

    /** The API key of the first configured account; handy when only one is configured. */
    public String apiKey() {
        return config.accounts().keySet().iterator().next();
    }

    /**
     * Clears messages, tenants, sender ID requests, payments, the request log, queued faults and rate-limit
     * windows; restores the configured accounts and balances (removing accounts added later), the package catalogue,
     * the report shape and the random seed.
     */
    public void reset() {
        state.reset();
    }

    /** Current balance of an account; throws {@link IllegalArgumentException} for an unknown key. */
    public long balance(String apiKey) {
        return state.balance(apiKey);
    }

    public void setBalance(String apiKey, long credits) {
        state.setBalance(apiKey, credits);
    }

    /** Adds an account, or sets the balance of an existing one. */
    public void addAccount(String apiKey, long credits) {
        state.addAccount(apiKey, credits);
    }

    /** Creates a tenant of {@code apiKey} with its own credits; returns its id, usable as {@code tenant_account_id}. */
    public String createTenant(String apiKey, String name, long credits) {
        return state.createTenant(apiKey, name, credits);
    }

    /**
     * Current credits of a tenant, with payments that became due credited first; throws
     * {@link IllegalArgumentException} for an unknown tenant.
     */
    public long tenantBalance(String tenantAccountId) {
        return state.tenantBalance(tenantAccountId);
    }

    /** Snapshot of a tenant by its {@code mifumo_account_id}; throws {@link IllegalArgumentException} if unknown. */
    public SandboxTenant tenant(String tenantAccountId) {
        return state.tenantSnapshot(tenantAccountId);
    }

    /** The package catalogue of {@code GET partner/packages/}, in the order served. */
    public List<SandboxPackage> packages() {
        return state.partner().packages();
    }

    /**
     * Adds a package to the catalogue (until {@link #reset()}); a {@code null} price is the tier price of its
     * credits. Returns it with its id.
     */
    public SandboxPackage addPackage(String name, long credits, BigDecimal priceTzs) {
        return state.partner().addPackage(name, credits, priceTzs);
    }

    /** Every sender ID request made through the partner API, oldest first. */
    public List<SandboxSenderIdRequest> senderIdRequests() {
        return state.partner().senderIdRequests(null, null);
    }

    /**
     * Moves a sender ID request to {@code approved}, {@code rejected} or back to {@code pending}; returns whether it
     * changed. Throws {@link IllegalArgumentException} for an unknown request or status.
     */
    public boolean setSenderIdRequestStatus(String requestId, String status) {
        return state.partner().setSenderIdRequestStatus(requestId, status);
    }

    /** Snapshots of every partner payment (package and custom), oldest first, with due outcomes applied. */
    public List<SandboxPayment> payments() {
        return state.partner().payments();
    }

    /** One payment by its transaction id or a custom purchase's purchase id; throws if there is none. */
    public SandboxPayment payment(String transactionOrPurchaseId) {
        return state.partner().payment(transactionOrPurchaseId);
    }

    /**
     * Completes a pending payment now, as if the buyer had paid, and credits its tenant. A payment that is already
     * final keeps its status and credits nobody, so a tenant is credited once per payment. Returns whether the
     * payment changed. Takes a transaction id or a custom purchase's purchase id.
     */
    public boolean completePayment(String transactionOrPurchaseId) {
        return state.partner().settle(transactionOrPurchaseId, PaymentState.COMPLETED);
    }

    /** Fails a pending payment now (no credits); returns whether it changed. */
    public boolean failPayment(String transactionOrPurchaseId) {
        return state.partner().settle(transactionOrPurchaseId, PaymentState.FAILED);
    }

    /** Cancels a pending payment now (no credits); returns whether it changed. */
    public boolean cancelPayment(String transactionOrPurchaseId) {
        return state.partner().settle(transactionOrPurchaseId, PaymentState.CANCELLED);
    }

    /** Snapshots of all accepted messages, oldest first, with statuses as of now. */
    public List<SandboxMessage> messages() {
        return state.messages();
    }

    /** Snapshot of one message; throws {@link IllegalArgumentException} if there is none with this id. */
    public SandboxMessage message(String messageId) {
        SandboxMessage message = state.message(messageId, null);
        if (message == null) {
            throw new IllegalArgumentException("No message " + messageId);
        }
        return message;
    }

    /**
     * Forces a recipient's status now (or every recipient's, with {@code recipient == null}) and stops its automatic
     * outcome. A recipient already in a final status keeps it; returns whether any status changed.
     */
    public boolean setRecipientStatus(String messageId, String recipient, DeliveryStatus status) {
        if (status == null) {
            throw new IllegalArgumentException("status must not be null");
        }
        return state.setRecipientStatus(messageId, recipient, status) > 0;
    }

    /** Every API request received since start or the last reset, oldest first (admin calls excluded). */
    public List<RecordedRequest> requests() {
        return state.requests();
    }

    /**
     * How many logged requests have this method ({@code null} = any) and a path starting with {@code pathPrefix}
     * ({@code null} = any; relative prefixes such as {@code "sms/send"} are under {@code /api/integration/v1/}).
     */
    public int requestCount(String method, String pathPrefix) {
        String prefix = Fault.absolutePrefix(pathPrefix);
        int count = 0;
        for (RecordedRequest request : state.requests()) {
            if ((method == null || method.equalsIgnoreCase(request.method()))
                    && (prefix == null || request.path().startsWith(prefix))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Runs {@code hook} with "METHOD path?query" for every API request before it is handled (admin calls excluded),
     * so a test can change state between two requests of a client, e.g. a report arriving between two page reads.
     * {@code null} removes it; {@link #reset()} does too.
     */
    public void onRequest(Consumer<String> hook) {
        state.setRequestHook(hook);
    }

    /** Queues a fault for the next matching request(s); faults are tried in the order queued. */
    public void enqueueFault(Fault fault) {
        if (fault == null) {
            throw new IllegalArgumentException("fault must not be null");
        }
        state.enqueueFault(fault);
    }

    public void clearFaults() {
        state.clearFaults();
    }

    /** How many more requests queued faults will still take. */
    public int pendingFaults() {
        return state.pendingFaults();
    }

    public ReportShape reportShape() {
        return state.reportShape();
    }

    /** Switches the delivery-reports answer shape from the next request on (until {@link #reset()}). */
    public void setReportShape(ReportShape shape) {
        state.setReportShape(shape);
    }

    /** The email of the first web-application user, for logging in to the messaging API. */
    public String userEmail() {
        return messaging.config().users().get(0).email();
    }

    /** The password of the first web-application user. */
    public String userPassword() {
        return messaging.config().users().get(0).password();
    }

    /** Adds a web-application user of the account {@code apiKey}, or changes an existing one (until reset). */
    public void addUser(String email, String password, String apiKey) {
        synchronized (state) {
            messaging.addUser(email, password, apiKey);
        }
    }

    /**
     * Revokes every access token issued so far, as if they had expired: the next messaging call with one gets a
     * 401. Refresh tokens stay valid. Returns how many were still valid.
     */
    public int revokeAccessTokens() {
        synchronized (state) {
            return messaging.tokens().revokeAll("access", state.now());
        }
    }

    /** Revokes every refresh token issued so far: the next refresh gets a 401 and the client must log in again. */
    public int revokeRefreshTokens() {
        synchronized (state) {
            return messaging.tokens().revokeAll("refresh", state.now());
        }
    }

    /** Snapshots of every contact of the messaging API, of all accounts, oldest first. */
    public List<SandboxContact> contacts() {
        synchronized (state) {
            return messaging.contacts(null).stream().map(MessagingState.Contact::snapshot).toList();
        }
    }

    /** Snapshots of every campaign, of all accounts, oldest first, with their progress as of now. */
    public List<SandboxCampaign> campaigns() {
        synchronized (state) {
            return messaging.campaigns(null).stream().map(campaign -> campaign.snapshot(state.now())).toList();
        }
    }

    /** Snapshot of one campaign; throws {@link IllegalArgumentException} if there is none with this id. */
    public SandboxCampaign campaign(String campaignId) {
        synchronized (state) {
            MessagingState.Campaign campaign = messaging.campaign(null, campaignId);
            if (campaign == null) {
                throw new IllegalArgumentException("No campaign " + campaignId);
            }
            return campaign.snapshot(state.now());
        }
    }

    /**
     * Moves a requested sender ID (by name or id, of any account) to {@code pending}, {@code approved} or
     * {@code rejected}, as the network's review would.
     */
    public void setSenderIdStatus(String senderId, String status) {
        synchronized (state) {
            messaging.setSenderIdStatus(senderId, status);
        }
    }

    /** Builds a {@link MifumoSandbox}; every setting has a default, so {@code builder().build()} works. */
    public static final class Builder {

        private final List<MessagingConfig.User> users = new ArrayList<>();
        private Duration accessTokenLifetime = Duration.ofMinutes(5);
        private Duration refreshTokenLifetime = Duration.ofDays(1);
        private int campaignRate = 20;
        private int maxUploadBytes = 32 << 20;
        private int port;
        private int threads = 64;
        private final Map<String, Long> accounts = new LinkedHashMap<>();
        private int rateLimit = 1000;
        private Duration rateLimitWindow = Duration.ofHours(1);
        private Duration deliveryDelay = Duration.ofMillis(200);
        private double failureRatio;
        private long seed = 42;
        private ReportShape reportShape = ReportShape.RESULTS;
        private final Set<String> rejectedSenderIds = new LinkedHashSet<>();
        private final Set<String> failingRecipients = new LinkedHashSet<>();
        private int maxRecipients;
        private int requestLogLimit = 100_000;
        private Clock clock = Clock.systemUTC();
        private Duration paymentDelay = Duration.ofSeconds(1);
        private final Set<String> failingBuyerPhones = new LinkedHashSet<>();

        private Builder() {
        }

        /** Port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535: " + value);
            }
            this.port = value;
            return this;
        }

        /** Server threads, i.e. requests handled at once (a delayed fault holds one); default 64. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * Adds a web-application user who logs in to the auth API with this email and password, and uses the
         * account of {@code apiKey} (its credits, contacts, templates, campaigns). Without any call the sandbox has
         * {@code sandbox@mifumo.test} / {@code sandbox-password} on the first account.
         */
        public Builder user(String email, String password, String apiKey) {
            if (email == null || email.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("a user needs an email and a password");
            }
            users.add(new MessagingConfig.User(email.strip(), password, apiKey));
            return this;
        }

        /** How long an access token is accepted; default 5 minutes (SimpleJWT's default). Short ones test renewal. */
        public Builder accessTokenLifetime(Duration lifetime) {
            this.accessTokenLifetime = positive(lifetime, "access token lifetime");
            return this;
        }

        /** How long a refresh token is accepted; default one day. */
        public Builder refreshTokenLifetime(Duration lifetime) {
            this.refreshTokenLifetime = positive(lifetime, "refresh token lifetime");
            return this;
        }

        /** Recipients a running campaign sends per second; default 20. */
        public Builder campaignRate(int recipientsPerSecond) {
            if (recipientsPerSecond < 1) {
                throw new IllegalArgumentException("campaign rate must be at least 1: " + recipientsPerSecond);
            }
            this.campaignRate = recipientsPerSecond;
            return this;
        }

        /** The largest contacts file the bulk import accepts; default 32 MiB (JSON bodies stay at 1 MiB). */
        public Builder maxUploadBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("max upload must be at least 1 byte: " + bytes);
            }
            this.maxUploadBytes = bytes;
            return this;
        }

        private static Duration positive(Duration value, String what) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + value);
            }
            return value;
        }

        private MessagingConfig messagingConfig(Map<String, Long> accounts) {
            String firstKey = accounts.keySet().iterator().next();
            List<MessagingConfig.User> configured = new ArrayList<>();
            for (MessagingConfig.User user : users) {
                String key = user.apiKey() == null ? firstKey : user.apiKey();
                if (!accounts.containsKey(key)) {
                    throw new IllegalArgumentException("user " + user.email() + " names an account that was not"
                            + " configured with apiKey(...)");
                }
                configured.add(new MessagingConfig.User(user.email(), user.password(), key));
            }
            if (configured.isEmpty()) {
                configured.add(new MessagingConfig.User(MessagingConfig.DEFAULT_EMAIL,
                        MessagingConfig.DEFAULT_PASSWORD, firstKey));
            }
            return new MessagingConfig(configured, accessTokenLifetime, refreshTokenLifetime, campaignRate,
                    maxUploadBytes);
        }

        /**
         * Adds an account: an API key with its starting credits. Call once per account; without any call the
         * sandbox has {@value MifumoSandbox#DEFAULT_API_KEY} with {@value MifumoSandbox#DEFAULT_BALANCE} credits.
         */
        public Builder apiKey(String apiKey, long credits) {
            if (apiKey == null || apiKey.isEmpty()) {
                throw new IllegalArgumentException("API key must not be empty");
            }
            if (credits < 0) {
                throw new IllegalArgumentException("credits must not be negative: " + credits);
            }
            accounts.put(apiKey, credits);
            return this;
        }

        /** Requests per key per hour; the reference gives 1000 for authenticated requests. */
        public Builder hourlyRateLimit(int limit) {
            return rateLimit(limit, Duration.ofHours(1));
        }

        /** Requests per key per fixed window of the given length; a short window keeps rate-limit tests quick. */
        public Builder rateLimit(int limit, Duration window) {
            if (limit < 1) {
                throw new IllegalArgumentException("rate limit must be at least 1: " + limit);
            }
            this.rateLimit = limit;
            return rateLimitWindow(window);
        }

        /** Length of the fixed rate-limit window; default one hour. */
        public Builder rateLimitWindow(Duration window) {
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("rate-limit window must be positive: " + window);
            }
            this.rateLimitWindow = window;
            return this;
        }

        /** Time from send until each recipient reaches its final status; default 200 ms. */
        public Builder deliveryDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("delivery delay must be zero or positive: " + delay);
            }
            this.deliveryDelay = delay;
            return this;
        }

        /** Share of recipients that end {@code failed} instead of {@code delivered}, drawn from the seed. */
        public Builder failureRatio(double ratio) {
            if (!(ratio >= 0.0 && ratio <= 1.0)) {
                throw new IllegalArgumentException("failure ratio must be within 0..1: " + ratio);
            }
            this.failureRatio = ratio;
            return this;
        }

        /** Seed of the failure draws, so a run with a failure ratio repeats; default 42. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Shape of the delivery-reports answer; default {@link ReportShape#RESULTS}. */
        public Builder reportShape(ReportShape shape) {
            if (shape == null) {
                throw new IllegalArgumentException("report shape must not be null");
            }
            this.reportShape = shape;
            return this;
        }

        /** Sender IDs refused with {@code SENDER_ID_REJECTED}; compared ignoring case. */
        public Builder rejectSenderId(String... senderIds) {
            for (String senderId : senderIds) {
                rejectedSenderIds.add(senderId.toUpperCase(Locale.ROOT));
            }
            return this;
        }

        /** Recipients (E.164) whose messages always end {@code failed}. */
        public Builder failingRecipient(String... recipients) {
            failingRecipients.addAll(List.of(recipients));
            return this;
        }

        /**
         * Most distinct recipients one send may carry; 0 (the default) means no limit, since the reference names
         * none. A larger send is refused with a 400 on {@code recipients}.
         */
        public Builder maxRecipientsPerRequest(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("max recipients must not be negative: " + max);
            }
            this.maxRecipients = max;
            return this;
        }

        /** How many requests the log keeps before dropping the oldest; default 100 000. */
        public Builder requestLogLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("request log limit must be at least 1: " + limit);
            }
            this.requestLogLimit = limit;
            return this;
        }

        /** Clock for timestamps, delivery and rate-limit windows; default the system UTC clock. */
        public Builder clock(Clock value) {
            if (value == null) {
                throw new IllegalArgumentException("clock must not be null");
            }
            this.clock = value;
            return this;
        }

        /**
         * Time from a partner payment's initiation until it ends by itself: {@code completed} (the tenant is
         * credited), or {@code failed} for a {@link #failingBuyerPhone failing buyer phone}; default 1 s.
         */
        public Builder paymentDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("payment delay must be zero or positive: " + delay);
            }
            this.paymentDelay = delay;
            return this;
        }

        /**
         * Payments stay {@code pending} until {@link MifumoSandbox#completePayment}, {@code failPayment},
         * {@code cancelPayment} or the admin endpoints end them.
         */
        public Builder manualPayments() {
            this.paymentDelay = null;
            return this;
        }

        /** Buyer phones (local form, e.g. {@code 0614853618}) whose payments end {@code failed} by themselves. */
        public Builder failingBuyerPhone(String... phones) {
            failingBuyerPhones.addAll(List.of(phones));
            return this;
        }

        public MifumoSandbox build() {
            Map<String, Long> configured = new LinkedHashMap<>(accounts);
            if (configured.isEmpty()) {
                configured.put(DEFAULT_API_KEY, DEFAULT_BALANCE);
            }
            return new MifumoSandbox(messagingConfig(configured),
                    new SandboxConfig(port, threads, configured, rateLimit, rateLimitWindow,
                    deliveryDelay, failureRatio, seed, reportShape, rejectedSenderIds, failingRecipients, maxRecipients,
                    requestLogLimit, clock, paymentDelay, failingBuyerPhones));
        }
    }

    /** Daemon worker threads with a recognisable name, so a forgotten sandbox's workers never keep a JVM alive. */
    private static final class SandboxThreads implements ThreadFactory {

        private static final AtomicInteger SANDBOXES = new AtomicInteger();

        private final int sandbox = SANDBOXES.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "mifumo-sandbox-" + sandbox + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
