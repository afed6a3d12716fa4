package io.mifumo.camel.component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.health.MifumoHealthChecks;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.ClientSettings;
import io.mifumo.camel.component.service.JwtSession;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.RateLimit;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The mifumo: component. It owns one HTTP client with its connection pool, shared by all its endpoints and closed
 * when the component stops, and the account health checks of its endpoints.
 */
@Component("mifumo")
public class MifumoComponent extends HealthCheckComponent implements SSLContextParametersAware {

    static final String USER_AGENT = "camel-mifumo";

    @Metadata(description = "Defaults for the options of every mifumo endpoint.")
    private MifumoConfiguration configuration = new MifumoConfiguration();

    @Metadata(label = "advanced", defaultValue = "100",
              description = "The most HTTP connections the component keeps open to the API in all.")
    private int maxConnections = 100;

    @Metadata(label = "advanced", defaultValue = "50",
              description = "The most HTTP connections the component keeps open to one host.")
    private int maxConnectionsPerRoute = 50;

    @Metadata(label = "proxy",
              description = "Host of an HTTP proxy every request of the component goes through (https through"
                            + " CONNECT). The HTTP client and its pool are shared by all endpoints of the component,"
                            + " so the proxy is set on the component, not per endpoint; use a second component for"
                            + " another proxy.")
    private String proxyHost;

    @Metadata(label = "proxy", description = "Port of the HTTP proxy set with proxyHost.")
    private Integer proxyPort;

    @Metadata(label = "proxy", secret = true,
              description = "User name for the proxy's Basic authentication, sent only to the proxy and only when it"
                            + " asks (HTTP 407). Only Basic proxy authentication is supported.")
    private String proxyAuthUsername;

    @Metadata(label = "proxy", secret = true,
              description = "Password for the proxy's Basic authentication; never logged.")
    private String proxyAuthPassword;

    @Metadata(label = "security",
              description = "TLS settings (trust store, key store, protocols) for the https connections to the API,"
                            + " from Camel's SSLContextParameters. Like the proxy it applies to the component's shared"
                            + " client, so to every endpoint. Without it the JVM's default trust store is used.")
    private SSLContextParameters sslContextParameters;

    @Metadata(label = "security", defaultValue = "false",
              description = "Whether to use the SSLContextParameters set globally on the Camel context when"
                            + " sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;

    /** Built from the SSL context parameters when the component starts, so a bad trust store fails the start. */
    private SSLContext sslContext;

    @Metadata(label = "health", defaultValue = "0",
              description = "Below this many credits the account health check adds a low-credit warning to its"
                            + " details (it stays UP). 0 turns the warning off.")
    private long healthCheckLowCreditThreshold;

    @Metadata(label = "health", defaultValue = "60000",
              description = "Milliseconds an account health check reuses its last sms/balance answer before calling"
                            + " the API again, so that frequent probes do not spend the API's hourly request limit"
                            + " (1000 per key). 0 calls the API on every probe.")
    private long healthCheckInterval = 60_000;

    private final Object clientLock = new Object();
    private MifumoClient client;
    private ExecutorService responseExecutor;
    private ScheduledExecutorService waitExecutor;

    private final MessageTracker messageTracker = new InMemoryMessageTracker();

    private MifumoHealthChecks healthChecks;
    /** One login per base URL and credentials, shared by every endpoint that uses them; guarded by clientLock. */
    private final Map<SessionKey, JwtSession> sessions = new HashMap<>();

    public MifumoComponent() {
    }

    /**
     * The tracker sms/send and the sms/status consumer share when no messageTracker option is set.
     */
    public MessageTracker getMessageTracker() {
        return messageTracker;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MifumoOperation operation = MifumoOperation.fromUriName(remaining);
        MifumoEndpoint endpoint = new MifumoEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The shared client, started on first use; for the component's producers, consumers and health checks.
     */
    public MifumoClient getClient() {
        synchronized (clientLock) {
            if (client == null) {
                // decimals (delivery rates, costs) are read as written: 75.00 stays 75.00
                ObjectMapper mapper = new ObjectMapper()
                        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                        .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
                client = MifumoClient.start(mapper, clientSettings());
            }
            return client;
        }
    }

    private ClientSettings clientSettings() {
        ClientSettings settings = new ClientSettings()
                .maxConnections(maxConnections)
                .maxConnectionsPerRoute(maxConnectionsPerRoute)
                .userAgent(USER_AGENT)
                .sslContext(sslContext);
        if (proxyHost != null && !proxyHost.isBlank()) {
            settings.proxy(proxyHost, proxyPort).proxyCredentials(proxyAuthUsername, proxyAuthPassword);
        }
        return settings;
    }

    /**
     * The login to the web-application APIs for the endpoint's base URL and credentials (email and password, or an
     * access token), created on first use and shared with every endpoint that uses the same ones.
     */
    public JwtSession getSession(MifumoConfiguration endpointConfiguration) {
        SessionKey key = new SessionKey(endpointConfiguration.getBaseUrl(), endpointConfiguration.getEmail(),
                endpointConfiguration.getPassword(), endpointConfiguration.getAccessToken());
        synchronized (clientLock) {
            MifumoClient shared = getClient();
            return sessions.computeIfAbsent(key, k -> new JwtSession(shared, k.baseUrl(), k.email(), k.password(),
                    k.accessToken(), endpointConfiguration.getConnectTimeout(),
                    endpointConfiguration.getRequestTimeout()));
        }
    }

    /** Identifies a login; its text never shows the password or the token. */
    private record SessionKey(String baseUrl, String email, String password, String accessToken) {

        @Override
        public String toString() {
            return "SessionKey[" + baseUrl + ", " + email + "]";
        }
    }

    /** Logs every session out before the client closes, so no refresh token outlives the component. */
    private void logOutSessions() {
        List<JwtSession> open;
        synchronized (clientLock) {
            open = new ArrayList<>(sessions.values());
            sessions.clear();
        }
        open.forEach(JwtSession::logOut);
    }

    /**
     * Whether the shared client is open (it opens on first use and closes when the component stops).
     */
    boolean hasClient() {
        synchronized (clientLock) {
            return client != null;
        }
    }

    /**
     * Where answers are mapped and the route continues, so that route work never runs on the few I/O threads of the
     * HTTP client.
     */
    ExecutorService getResponseExecutor() {
        synchronized (clientLock) {
            if (responseExecutor == null) {
                responseExecutor = getCamelContext().getExecutorServiceManager()
                        .newDefaultThreadPool(this, "MifumoResponses");
            }
            return responseExecutor;
        }
    }

    /** The last rate-limit headers seen per account (base URL and key), to wait before a spent limit, not after. */
    private final Map<String, RateLimit> rateLimits = new ConcurrentHashMap<>();

    private static String account(MifumoConfiguration configuration) {
        // the key's hash, not the key: this map is no place for a secret
        String key = configuration.getApiKey();
        return configuration.getBaseUrl() + "|" + (key == null ? "jwt" : Integer.toHexString(key.hashCode()));
    }

    /**
     * Remembers the rate-limit headers of an answer for the account.
     */
    void noteRateLimit(MifumoConfiguration configuration, RateLimit rateLimit) {
        if (rateLimit != null && rateLimit.getRemaining() != null && rateLimit.getResetEpochSeconds() != null) {
            rateLimits.put(account(configuration), rateLimit);
        }
    }

    /**
     * Milliseconds until the account's spent rate limit resets, or 0 when the last answer left requests.
     */
    long rateLimitSpentFor(MifumoConfiguration configuration) {
        String account = account(configuration);
        RateLimit last = rateLimits.get(account);
        if (last == null || last.getRemaining() > 0) {
            return 0;
        }
        long millis = last.getResetEpochSeconds() * 1000 - System.currentTimeMillis();
        if (millis <= 0) {
            rateLimits.remove(account, last);
            return 0;
        }
        return millis;
    }

    /**
     * Schedules the resend of a request that waits for a rate limit to reset; the wait holds no thread.
     */
    ScheduledExecutorService getWaitExecutor() {
        synchronized (clientLock) {
            if (waitExecutor == null) {
                waitExecutor = getCamelContext().getExecutorServiceManager()
                        .newSingleThreadScheduledExecutor(this, "MifumoRateLimitWait");
            }
            return waitExecutor;
        }
    }

    /**
     * The account health checks of this component's producers (and, later, consumers).
     */
    MifumoHealthChecks getHealthChecks() {
        synchronized (clientLock) {
            if (healthChecks == null) {
                healthChecks = new MifumoHealthChecks(getCamelContext(), this::getClient,
                        () -> BigDecimal.valueOf(healthCheckLowCreditThreshold), () -> healthCheckInterval);
            }
            return healthChecks;
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (proxyHost != null && !proxyHost.isBlank() && (proxyPort == null || proxyPort <= 0 || proxyPort > 65535)) {
            throw new IllegalArgumentException("proxyPort must be a port (1-65535) when proxyHost is set, not "
                                               + proxyPort);
        }
        SSLContextParameters parameters = sslContextParameters;
        if (parameters == null && useGlobalSslContextParameters) {
            parameters = retrieveGlobalSslContextParameters();
        }
        sslContext = parameters == null ? null : parameters.createSSLContext(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        logOutSessions();
        synchronized (clientLock) {
            if (waitExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(waitExecutor);
                waitExecutor = null;
            }
            if (client != null) {
                client.close();
                client = null;
            }
            if (responseExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdown(responseExecutor);
                responseExecutor = null;
            }
        }
        super.doStop();
    }

    public MifumoConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * Defaults for the options of every mifumo endpoint.
     */
    public void setConfiguration(MifumoConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * The most HTTP connections the component keeps open in all.
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    /**
     * The most HTTP connections the component keeps open to one host.
     */
    public void setMaxConnectionsPerRoute(int maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }

    public long getHealthCheckLowCreditThreshold() {
        return healthCheckLowCreditThreshold;
    }

    /**
     * Below this many credits the account health check adds a low-credit warning to its details.
     */
    public void setHealthCheckLowCreditThreshold(long healthCheckLowCreditThreshold) {
        this.healthCheckLowCreditThreshold = healthCheckLowCreditThreshold;
    }

    public long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    /**
     * Milliseconds an account health check reuses its last answer.
     */
    public void setHealthCheckInterval(long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * Host of an HTTP proxy every request of the component goes through.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * Port of the HTTP proxy.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    /**
     * User name for the proxy's Basic authentication.
     */
    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    /**
     * Password for the proxy's Basic authentication.
     */
    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings for the https connections to the API.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Whether to use the global SSLContextParameters when sslContextParameters is not set.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
