package io.mifumo.camel.component;

import io.mifumo.camel.component.validation.PhoneNumbers;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options shared by the mifumo component (as defaults) and its endpoints.
 */
@UriParams
public class MifumoConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://mifumosms.mifumolabs.com";

    @UriParam(label = "security", secret = true,
              description = "The Mifumo API key. It is sent in a request header only, never in a URL, and is masked"
                            + " in logs and endpoint URIs.")
    private String apiKey;

    @UriParam(label = "security", defaultValue = "bearer",
              description = "How the API key is sent: bearer sends Authorization: Bearer KEY, header sends"
                            + " X-API-Key: KEY.")
    private MifumoAuthMode authMode = MifumoAuthMode.bearer;

    @UriParam(defaultValue = DEFAULT_BASE_URL,
              description = "The base URL of the Mifumo API, without a path. Point it at the sandbox for tests.")
    private String baseUrl = DEFAULT_BASE_URL;

    @UriParam(label = "producer",
              description = "The sender ID for sms/send: up to 11 letters, digits or spaces, or up to 15 digits."
                            + " The header CamelMifumoSenderId overrides it.")
    private String senderId;

    @UriParam(label = "producer",
              description = "Comma-separated recipients for sms/send, used when the header CamelMifumoRecipients is"
                            + " absent. Numbers are normalised to E.164.")
    private String recipients;

    @UriParam(label = "producer",
              description = "The tenant's mifumo_account_id, to send on behalf of a white-label tenant (the tenant's"
                            + " credits are spent). The header CamelMifumoTenantAccountId overrides it.")
    private String tenantAccountId;

    @UriParam(label = "producer",
              description = "The message id for sms/status, used when the header CamelMifumoMessageId is absent.")
    private String messageId;

    @UriParam(label = "producer", defaultValue = "50",
              description = "Page size for sms/delivery-reports and partner/payments/history (the API's default is"
                            + " 50; history takes at most 100). The header CamelMifumoLimit overrides it.")
    private int limit = 50;

    @UriParam(label = "producer", defaultValue = "0",
              description = "Page offset for sms/delivery-reports and partner/payments/history. The header"
                            + " CamelMifumoOffset overrides it.")
    private int offset;

    @UriParam(defaultValue = "TZ",
              description = "The ISO 3166 region used to read phone numbers written without a country code, such"
                            + " as 0614853618.")
    private String defaultRegion = "TZ";

    @UriParam(label = "advanced", defaultValue = "10000",
              description = "Milliseconds to wait for a TCP connection to the API.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30000",
              description = "Milliseconds to wait for the API's answer once the request is sent. When it passes on"
                            + " a send, the outcome is unknown and the exception says so.")
    private long requestTimeout = 30_000;

    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether an error answer of the API fails the exchange with a MifumoApiException. When"
                            + " false, the exchange carries the error as a MifumoError body with the headers"
                            + " CamelMifumoHttpStatus and CamelMifumoErrorCode. Invalid input and I/O failures always"
                            + " fail the exchange.")
    private boolean throwExceptionOnFailure = true;

    @UriParam(label = "producer", defaultValue = "100",
              description = "The most recipients one sms/send request carries; a longer list is sent in requests of"
                            + " this many, one after the other, and the results are merged (the reference sets no"
                            + " limit; this keeps each request small). 0 sends every list in one request.")
    private int maxRecipientsPerRequest = 100;

    @UriParam(label = "producer", defaultValue = "0",
              description = "The most segments (concatenated SMS parts) an sms/send message may take: GSM-7 text"
                            + " fits 160 characters in one SMS and 153 per part beyond that, UCS-2 text 70 and 67,"
                            + " and the API charges a credit per segment and recipient. A longer message fails with"
                            + " MifumoValidationException before any request, naming its segments, its encoding and"
                            + " the character that forced UCS-2. 0 sets no limit.")
    private int maxSegments;

    @UriParam(label = "producer",
              description = "Whether an sms/send that reached some recipients but not all (a failed chunk, or failures"
                            + " the answer lists per recipient) fails the exchange with"
                            + " MifumoRecipientsFailedException. By default it succeeds and the header"
                            + " CamelMifumoFailedRecipients names them, because resending the whole message would send"
                            + " twice to the others.")
    private boolean failOnRecipientError;

    @UriParam(label = "advanced", defaultValue = "4194304",
              description = "The largest answer body read, in bytes; a larger one fails the exchange (for a send, with"
                            + " an unknown outcome) instead of filling the heap.")
    private long maxResponseSize = 4L * 1024 * 1024;

    @UriParam(label = "producer", defaultValue = "2",
              description = "How often a failed request is sent again. GET requests are repeated after I/O failures,"
                            + " timeouts and HTTP 502, 503, 504; sends, payments and creations only when no connection"
                            + " could be made, so they are never sent twice.")
    private int maxRetries = 2;

    @UriParam(label = "producer", defaultValue = "500",
              description = "Milliseconds before the first retry; each further retry waits twice as long (at most 30"
                            + " s), with jitter.")
    private long retryDelay = 500;

    @UriParam(label = "producer", defaultValue = "wait",
              description = "What to do when the API's rate limit is spent (HTTP 429): wait until it resets, up to"
                            + " maxRateLimitWait, then send again (a 429 means the request was refused, so resending"
                            + " cannot send twice); or fail at once with MifumoRateLimitException.")
    private MifumoRateLimitMode rateLimitMode = MifumoRateLimitMode.wait;

    @UriParam(label = "producer", defaultValue = "60000",
              description = "The longest the producer waits in all for a rate limit to reset, in milliseconds; when"
                            + " the reset is further away the exchange fails with MifumoRateLimitException. No thread"
                            + " is held while waiting.")
    private long maxRateLimitWait = 60_000;

    @UriParam(label = "producer",
              description = "On sms/send: hand the id of every message sent to the message tracker, so that an"
                            + " sms/status consumer sharing the tracker polls its status until it is final.")
    private boolean trackStatus;

    @UriParam(label = "advanced",
              description = "The message tracker shared by sms/send (with trackStatus) and the sms/status consumer."
                            + " By default the component's in-memory tracker, which forgets ids when the JVM stops.")
    private MessageTracker messageTracker;

    @UriParam(label = "consumer",
              description = "For the sms/status consumer: comma-separated message ids to track from the start, in"
                            + " addition to those sms/send hands over.")
    private String messageIds;

    @UriParam(label = "common",
              description = "Consumers: remembers which reports and status changes were processed, so that each is"
                            + " emitted once; a report is added only after its exchange completed (default: in memory,"
                            + " 100000 entries). Producers of sends, payments and creations: the duplicate-send guard;"
                            + " an exchange whose header CamelMifumoIdempotencyKey was sent before is not sent again"
                            + " (off by default). Use a persistent repository (file, JDBC) to survive restarts.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer",
              description = "Emit a page of delivery reports as one exchange whose body is the list, instead of one"
                            + " exchange per report.")
    private boolean batch;

    @UriParam(label = "consumer",
              description = "Read every page of delivery reports on every poll. By default a poll stops at the first"
                            + " page with nothing new, which relies on the API listing reports newest first; the first"
                            + " poll after start, and the poll after a failed exchange, always read every page.")
    private boolean fullScan;

    @UriParam(label = "consumer", defaultValue = "10",
              description = "For sms/delivery-reports: every this many polls, read every page even when fullScan is"
                            + " off, so a report the API lists late below the first page is still emitted, at most"
                            + " this many polls late. 0 never.")
    private int fullScanInterval = 10;

    @UriParam(label = "consumer",
              description = "When a route fails to process a report or status change, remember it as processed"
                            + " anyway instead of offering it again on the next poll.")
    private boolean markFailedAsDone;

    @UriParam(label = "consumer", defaultValue = "1800000",
              description = "For the partner/payments/status consumer: milliseconds after which a payment still"
                            + " pending is emitted once with the status expired_by_client and no longer polled, so a"
                            + " route never waits forever. Counted from the payment's creation when the history"
                            + " gives it, else from when the consumer first saw it.")
    private long paymentTimeout = 1_800_000;

    @UriParam(label = "consumer",
              description = "The most exchanges one poll emits; the rest come on the next polls. 0 means no limit.")
    private int maxMessagesPerPoll;

    @UriParam(label = "producer",
              description = "The tenant's mifumo_account_id (from partner/tenants/create) for the partner operations"
                            + " that work on one tenant. The header CamelMifumoTenantId overrides it.")
    private String tenantId;

    @UriParam(label = "producer",
              description = "The transaction id for partner/payments/status. The header CamelMifumoTransactionId"
                            + " overrides it.")
    private String transactionId;

    @UriParam(label = "producer",
              description = "The purchase id for partner/payments/custom/status. The header CamelMifumoPurchaseId"
                            + " overrides it.")
    private String purchaseId;

    @UriParam(label = "producer",
              description = "The package to buy with partner/payments/initiate (an id from partner/packages). The"
                            + " header CamelMifumoPackageId and then the body's package_id override it.")
    private String packageId;

    @UriParam(label = "producer",
              description = "Status filter: pending, approved or rejected for partner/sender-ids/requests; pending,"
                            + " completed, failed or cancelled for partner/payments/history. Empty means all. The"
                            + " header CamelMifumoStatusFilter overrides it.")
    private String status;

    @UriParam(label = "producer", defaultValue = "false",
              description = "For partner/payments/history: when true the body is an Iterator over every payment from"
                            + " the offset on. Only the first page is read by the producer; each further page (limit"
                            + " payments) is fetched when the iteration reaches it, on the iterating thread, so a"
                            + " streaming split holds one page at a time.")
    private boolean streamAllPages;

    @UriParam(label = "security",
              description = "The email of the Mifumo web-application user, for the messaging operations (contacts, "
                            + "templates, campaigns, sender IDs, sms/quick, sms/stats, sms/validate-phone), which "
                            + "take a JWT instead of the API key. With password, the component logs in once, keeps "
                            + "the tokens, renews them, and logs out when it stops.")
    private String email;

    @UriParam(label = "security", secret = true,
              description = "The password of the web-application user (see email). It is sent only in the login "
                            + "request body, never logged, and masked in endpoint URIs.")
    private String password;

    @UriParam(label = "security", secret = true,
              description = "A JWT access token of the web application obtained elsewhere, for the messaging "
                            + "operations. Without email and password it is used as it is and cannot be renewed: a "
                            + "401 then fails the exchange. With them, it is used until it expires and the component "
                            + "logs in after that.")
    private String accessToken;

    @UriParam(label = "producer",
              description = "The template for sms/send (its text is read with templates/get and filled from a Map "
                            + "body or headers; the header CamelMifumoTemplate with the text itself wins), and the "
                            + "template of the templates operations. The header CamelMifumoTemplateId overrides it.")
    private String templateId;

    @UriParam(label = "producer",
              description = "When sms/send fills a template, put nothing where a variable has no value instead of "
                            + "failing the exchange. By default a missing variable fails the exchange before "
                            + "anything is sent, naming every missing variable.")
    private boolean allowMissingVariables;

    @UriParam(label = "producer",
              description = "The contact of contacts/get, update, delete, opt-in and opt-out. The header "
                            + "CamelMifumoContactId overrides it.")
    private String contactId;

    @UriParam(label = "producer",
              description = "The campaign of campaigns/get, start, pause, cancel, analytics and duplicate. The "
                            + "header CamelMifumoCampaignId overrides it.")
    private String campaignId;

    @UriParam(label = "producer", defaultValue = "1",
              description = "The page a list operation reads (contacts, templates, campaigns, sender-ids), from 1. "
                            + "The header CamelMifumoPage overrides it.")
    private int page = 1;

    @UriParam(label = "producer", defaultValue = "20",
              description = "Items per page of a list operation, 1 to 100 (the API's maximum; larger values are "
                            + "refused before any request). The header CamelMifumoPageSize overrides it.")
    private int pageSize = 20;

    @UriParam(label = "producer",
              description = "Make a list operation return an Iterator over the items of every page, from the page "
                            + "option on, instead of one page: the next page is read only when the items before it "
                            + "are used up, so split(body()).streaming() walks any number of items with one page in "
                            + "memory. The headers describe the first page.")
    private boolean allPages;

    @UriParam(label = "producer",
              description = "Search term of contacts/list, templates/list and campaigns/list. The header "
                            + "CamelMifumoSearch overrides it.")
    private String search;

    @UriParam(label = "producer",
              description = "Comma-separated tags: the filter of contacts/list, and the tags contacts/import gives "
                            + "every imported contact. The header CamelMifumoTags overrides it.")
    private String tags;

    @UriParam(label = "producer",
              description = "Category filter of templates/list.")
    private String category;

    @UriParam(label = "producer",
              description = "Status filter of campaigns/list: draft, scheduled, running, paused, completed or "
                            + "cancelled.")
    private String campaignStatus;

    @UriParam(label = "producer",
              description = "The file name contacts/import sends (the API reads the type from it). By default the "
                            + "header CamelMifumoFileName, then the name of a File or GenericFile body or the "
                            + "CamelFileName header, else contacts.csv.")
    private String fileName;

    @UriParam(label = "producer",
              description = "The content type contacts/import sends for the file. By default the header "
                            + "CamelMifumoContentType, else one guessed from the file name (text/csv for .csv, the "
                            + "Excel types for .xlsx and .xls), else application/octet-stream.")
    private String contentType;

    @UriParam(label = "producer",
              description = "The reason sent by contacts/opt-out and sender-ids/request. The header "
                            + "CamelMifumoReason overrides it.")
    private String reason;

    @Metadata(skip = true)
    public MifumoConfiguration copy() {
        try {
            return (MifumoConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The Mifumo API key.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public MifumoAuthMode getAuthMode() {
        return authMode;
    }

    /**
     * How the API key is sent.
     */
    public void setAuthMode(MifumoAuthMode authMode) {
        this.authMode = authMode;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The base URL of the Mifumo API.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getSenderId() {
        return senderId;
    }

    /**
     * The sender ID for sms/send.
     */
    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getRecipients() {
        return recipients;
    }

    /**
     * Comma-separated recipients for sms/send.
     */
    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getTenantAccountId() {
        return tenantAccountId;
    }

    /**
     * The tenant's mifumo_account_id for white-label sends.
     */
    public void setTenantAccountId(String tenantAccountId) {
        this.tenantAccountId = tenantAccountId;
    }

    public String getMessageId() {
        return messageId;
    }

    /**
     * The message id for sms/status.
     */
    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public int getLimit() {
        return limit;
    }

    /**
     * Page size for sms/delivery-reports.
     */
    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getOffset() {
        return offset;
    }

    /**
     * Page offset for sms/delivery-reports.
     */
    public void setOffset(int offset) {
        this.offset = offset;
    }

    public String getDefaultRegion() {
        return defaultRegion;
    }

    /**
     * The region for phone numbers without a country code.
     */
    public void setDefaultRegion(String defaultRegion) {
        this.defaultRegion = PhoneNumbers.region(defaultRegion);
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Milliseconds to wait for a TCP connection.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Milliseconds to wait for the answer.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    /**
     * Whether an error answer fails the exchange.
     */
    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public boolean isTrackStatus() {
        return trackStatus;
    }

    /**
     * Hand sent message ids to the message tracker.
     */
    public void setTrackStatus(boolean trackStatus) {
        this.trackStatus = trackStatus;
    }

    public MessageTracker getMessageTracker() {
        return messageTracker;
    }

    /**
     * The message tracker shared by sms/send and the sms/status consumer.
     */
    public void setMessageTracker(MessageTracker messageTracker) {
        this.messageTracker = messageTracker;
    }

    public String getMessageIds() {
        return messageIds;
    }

    /**
     * Message ids the sms/status consumer tracks from the start.
     */
    public void setMessageIds(String messageIds) {
        this.messageIds = messageIds;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Remembers what the consumers emitted.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isBatch() {
        return batch;
    }

    /**
     * Emit a page of delivery reports as one exchange.
     */
    public void setBatch(boolean batch) {
        this.batch = batch;
    }

    public boolean isFullScan() {
        return fullScan;
    }

    /**
     * Read every page of delivery reports on every poll.
     */
    public void setFullScan(boolean fullScan) {
        this.fullScan = fullScan;
    }

    public boolean isMarkFailedAsDone() {
        return markFailedAsDone;
    }

    /**
     * Remember failed reports as processed.
     */
    public void setMarkFailedAsDone(boolean markFailedAsDone) {
        this.markFailedAsDone = markFailedAsDone;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * The most exchanges one poll emits.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public MifumoRateLimitMode getRateLimitMode() {
        return rateLimitMode;
    }

    /**
     * What to do when the rate limit is spent.
     */
    public void setRateLimitMode(MifumoRateLimitMode rateLimitMode) {
        this.rateLimitMode = rateLimitMode;
    }

    public long getMaxRateLimitWait() {
        return maxRateLimitWait;
    }

    /**
     * The longest wait for a rate limit to reset, in milliseconds.
     */
    public void setMaxRateLimitWait(long maxRateLimitWait) {
        this.maxRateLimitWait = maxRateLimitWait;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The largest answer body read, in bytes.
     */
    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How often a failed request is sent again.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    /**
     * Milliseconds before the first retry.
     */
    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public String getTenantId() {
        return tenantId;
    }

    /**
     * The tenant's mifumo_account_id for the partner operations.
     */
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getTransactionId() {
        return transactionId;
    }

    /**
     * The transaction id for partner/payments/status.
     */
    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public String getPurchaseId() {
        return purchaseId;
    }

    /**
     * The purchase id for partner/payments/custom/status.
     */
    public void setPurchaseId(String purchaseId) {
        this.purchaseId = purchaseId;
    }

    public String getPackageId() {
        return packageId;
    }

    /**
     * The package to buy with partner/payments/initiate.
     */
    public void setPackageId(String packageId) {
        this.packageId = packageId;
    }

    public String getStatus() {
        return status;
    }

    /**
     * Status filter for partner/sender-ids/requests and partner/payments/history.
     */
    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isStreamAllPages() {
        return streamAllPages;
    }

    /**
     * Whether partner/payments/history streams every page lazily.
     */
    public void setStreamAllPages(boolean streamAllPages) {
        this.streamAllPages = streamAllPages;
    }

    public long getPaymentTimeout() {
        return paymentTimeout;
    }

    /**
     * Milliseconds after which a pending payment is given up on.
     */
    public void setPaymentTimeout(long paymentTimeout) {
        this.paymentTimeout = paymentTimeout;
    }

    public int getMaxRecipientsPerRequest() {
        return maxRecipientsPerRequest;
    }

    /**
     * The most recipients one sms/send request carries.
     */
    public void setMaxRecipientsPerRequest(int maxRecipientsPerRequest) {
        this.maxRecipientsPerRequest = maxRecipientsPerRequest;
    }

    public int getMaxSegments() {
        return maxSegments;
    }

    /**
     * The most segments an sms/send message may take; 0 sets no limit.
     */
    public void setMaxSegments(int maxSegments) {
        this.maxSegments = maxSegments;
    }

    public boolean isFailOnRecipientError() {
        return failOnRecipientError;
    }

    /**
     * Whether a send that reached some recipients but not all fails the exchange.
     */
    public void setFailOnRecipientError(boolean failOnRecipientError) {
        this.failOnRecipientError = failOnRecipientError;
    }

    public String getEmail() {
        return email;
    }

    /**
     * The email of the web-application user.
     */
    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    /**
     * The password of the web-application user.
     */
    public void setPassword(String password) {
        this.password = password;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /**
     * A JWT access token obtained elsewhere.
     */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getTemplateId() {
        return templateId;
    }

    /**
     * The template id.
     */
    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    public boolean isAllowMissingVariables() {
        return allowMissingVariables;
    }

    /**
     * Fill missing template variables with nothing instead of failing.
     */
    public void setAllowMissingVariables(boolean allowMissingVariables) {
        this.allowMissingVariables = allowMissingVariables;
    }

    public String getContactId() {
        return contactId;
    }

    /**
     * The contact id.
     */
    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    public String getCampaignId() {
        return campaignId;
    }

    /**
     * The campaign id.
     */
    public void setCampaignId(String campaignId) {
        this.campaignId = campaignId;
    }

    public int getPage() {
        return page;
    }

    /**
     * The page a list operation reads.
     */
    public void setPage(int page) {
        this.page = page;
    }

    public int getPageSize() {
        return pageSize;
    }

    /**
     * Items per page of a list operation.
     */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public boolean isAllPages() {
        return allPages;
    }

    /**
     * Stream every page of a list operation lazily.
     */
    public void setAllPages(boolean allPages) {
        this.allPages = allPages;
    }

    public String getSearch() {
        return search;
    }

    /**
     * Search term of a list operation.
     */
    public void setSearch(String search) {
        this.search = search;
    }

    public String getTags() {
        return tags;
    }

    /**
     * Comma-separated tags.
     */
    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getCategory() {
        return category;
    }

    /**
     * Category filter of templates/list.
     */
    public void setCategory(String category) {
        this.category = category;
    }

    public String getCampaignStatus() {
        return campaignStatus;
    }

    /**
     * Status filter of campaigns/list.
     */
    public void setCampaignStatus(String campaignStatus) {
        this.campaignStatus = campaignStatus;
    }

    public String getFileName() {
        return fileName;
    }

    /**
     * The file name of contacts/import.
     */
    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getContentType() {
        return contentType;
    }

    /**
     * The content type of the contacts/import file.
     */
    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getReason() {
        return reason;
    }

    /**
     * The reason of contacts/opt-out and sender-ids/request.
     */
    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getFullScanInterval() {
        return fullScanInterval;
    }

    /**
     * Every this many polls, read every page of delivery reports.
     */
    public void setFullScanInterval(int fullScanInterval) {
        this.fullScanInterval = fullScanInterval;
    }
}
