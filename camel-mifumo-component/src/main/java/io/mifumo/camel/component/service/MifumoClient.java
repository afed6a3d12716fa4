package io.mifumo.camel.component.service;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.MifumoAuthMode;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoTransportException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the component: Apache HttpClient 5 async with a connection pool, the API's authentication
 * headers, error bodies and rate-limit headers. It knows nothing of Camel exchanges.
 * <p>
 * The client never repeats a request on its own and never follows a redirect (a redirect could carry the API key to
 * another host). Safe retries are the caller's decision.
 */
public final class MifumoClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MifumoClient.class);

    private final CloseableHttpAsyncClient http;
    private final PoolingAsyncClientConnectionManager pool;
    private final ObjectMapper mapper;

    private MifumoClient(CloseableHttpAsyncClient http, PoolingAsyncClientConnectionManager pool, ObjectMapper mapper) {
        this.http = http;
        this.pool = pool;
        this.mapper = mapper;
    }

    /**
     * Creates and starts a client with a pool of at most the given connections.
     */
    public static MifumoClient start(ObjectMapper mapper, int maxConnections, int maxConnectionsPerRoute,
                                     String userAgent) {
        return start(mapper, new ClientSettings().maxConnections(maxConnections)
                .maxConnectionsPerRoute(maxConnectionsPerRoute).userAgent(userAgent));
    }

    /**
     * Creates and starts a client with the given pool, proxy and TLS settings.
     */
    public static MifumoClient start(ObjectMapper mapper, ClientSettings settings) {
        PoolingAsyncClientConnectionManagerBuilder poolBuilder = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.getMaxConnections())
                .setMaxConnPerRoute(settings.getMaxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        // a pooled connection idle this long is checked before use, so a server-closed one is not
                        // handed to a POST (which would then fail with an unknown outcome)
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        if (settings.getSslContext() != null) {
            poolBuilder.setTlsStrategy(ClientTlsStrategyBuilder.create()
                    .setSslContext(settings.getSslContext())
                    .buildAsync());
        }
        PoolingAsyncClientConnectionManager pool = poolBuilder.build();

        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(pool)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())))
                        // timeouts are checked on each select: the default second would let them fire a second late
                        .setSelectInterval(TimeValue.ofMilliseconds(50))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(settings.getUserAgent());
        if (settings.getProxyHost() != null) {
            HttpHost proxy = new HttpHost("http", settings.getProxyHost(), settings.getProxyPort());
            builder.setProxy(proxy);
            if (settings.getProxyUsername() != null) {
                // scoped to the proxy's host and port: a server that asks for Basic credentials never gets them
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                String password = settings.getProxyPassword();
                credentials.setCredentials(new AuthScope(proxy),
                        new UsernamePasswordCredentials(settings.getProxyUsername(),
                                password == null ? new char[0] : password.toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        CloseableHttpAsyncClient http = builder.build();
        http.start();
        return new MifumoClient(http, pool, mapper);
    }

    public ObjectMapper getMapper() {
        return mapper;
    }

    /** Leased, available and pending connections of the pool. */
    public PoolStats getPoolStats() {
        return pool.getTotalStats();
    }

    /**
     * Sends the request. The future completes with the 2xx answer, or exceptionally with a {@link MifumoException}:
     * a MifumoApiException subtype for an error answer, a MifumoTransportException for an I/O failure.
     */
    public CompletableFuture<MifumoHttpResponse> execute(MifumoHttpRequest request) {
        CompletableFuture<MifumoHttpResponse> result = new CompletableFuture<>();
        AsyncRequestProducer producer;
        try {
            SimpleHttpRequest httpRequest = toHttpRequest(request);
            producer = request.getMultipart() == null ? SimpleRequestProducer.create(httpRequest)
                    : new BasicRequestProducer(httpRequest, request.getMultipart().producer());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            result.completeExceptionally(new MifumoException(
                    "Cannot build the request " + request.describe() + ": " + e.getMessage(), false, e));
            return result;
        }

        long started = System.nanoTime();
        http.execute(producer, new BoundedResponseConsumer(request.getMaxResponseSize()), null,
                new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                        LOG.debug("{} -> {} in {} ms", request.describe(), response.getCode(), millis);
                        try {
                            result.complete(toResponse(request, response));
                        } catch (MifumoException e) {
                            result.completeExceptionally(e);
                        } catch (RuntimeException e) {
                            result.completeExceptionally(new MifumoResponseException(
                                    "Cannot read the answer to " + request.describe() + ": " + e.getMessage(),
                                    new MifumoError(response.getCode(), null, e.getMessage(), Map.of()),
                                    !request.isSafe(), e));
                        }
                    }

                    @Override
                    public void failed(Exception cause) {
                        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                        LOG.debug("{} failed after {} ms: {}", request.describe(), millis, cause.toString());
                        result.completeExceptionally(transportFailure(request, cause));
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(new MifumoTransportException(
                                request.describe() + " was cancelled", !request.isSafe(), null));
                    }
                });
        return result;
    }

    @SuppressWarnings("deprecation")
    private SimpleHttpRequest toHttpRequest(MifumoHttpRequest request) throws JsonProcessingException {
        SimpleRequestBuilder builder = SimpleRequestBuilder.create(request.getMethod())
                .setUri(uri(request))
                .addHeader("Accept", "application/json");
        if (request.getBearerToken() != null) {
            builder.addHeader("Authorization", "Bearer " + request.getBearerToken());
        } else if (request.getApiKey() != null) {
            if (request.getAuthMode() == MifumoAuthMode.header) {
                builder.addHeader("X-API-Key", request.getApiKey());
            } else {
                builder.addHeader("Authorization", "Bearer " + request.getApiKey());
            }
        }
        if (request.getBody() != null) {
            builder.setBody(mapper.writeValueAsBytes(request.getBody()), ContentType.APPLICATION_JSON);
        }
        builder.setRequestConfig(RequestConfig.custom()
                // the per-request connect timeout wins over the pool's; the shared pool serves endpoints that
                // may each set their own
                .setConnectTimeout(Timeout.ofMilliseconds(request.getConnectTimeoutMillis()))
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(request.getConnectTimeoutMillis()))
                .setResponseTimeout(Timeout.ofMilliseconds(request.getRequestTimeoutMillis()))
                .setRedirectsEnabled(false)
                .build());
        return builder.build();
    }

    private static URI uri(MifumoHttpRequest request) {
        String base = request.getBaseUrl() == null ? "" : request.getBaseUrl().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        StringBuilder uri = new StringBuilder(base).append(request.getPath());
        char separator = '?';
        for (Map.Entry<String, String> parameter : request.getQuery().entrySet()) {
            uri.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        URI result = URI.create(uri.toString());
        if (result.getScheme() == null || result.getHost() == null
                || !("http".equals(result.getScheme()) || "https".equals(result.getScheme()))) {
            throw new IllegalArgumentException("baseUrl '" + request.getBaseUrl() + "' is not an http(s) URL");
        }
        return result;
    }

    private MifumoHttpResponse toResponse(MifumoHttpRequest request, SimpleHttpResponse response) {
        int status = response.getCode();
        RateLimit rateLimit = RateLimit.fromHeaders(name -> header(response, name), Instant.now());
        byte[] body = response.getBodyBytes();

        List<String> secrets = secretsOf(request);
        if (status < 200 || status >= 300) {
            MifumoError error = ApiErrors.read(mapper, status, redact(body, secrets));
            throw ApiErrors.toException(request, error, rateLimit);
        }
        JsonNode json = null;
        if (body != null && body.length > 0) {
            try {
                json = mapper.readTree(body);
            } catch (IOException e) {
                // an auth answer that cannot be read may still hold fresh tokens: it is never quoted
                String excerpt = request.getPath().startsWith("/api/auth/")
                        ? "(not shown: an answer of the auth API may hold tokens)"
                        : ApiErrors.excerpt(new String(redact(body, secrets), StandardCharsets.UTF_8));
                String message = "Mifumo API " + request.describe() + " answered HTTP " + status
                                 + " with a body that is not JSON: " + excerpt
                                 + (request.isSafe() ? "" : ". The request may have been processed: check before"
                                                            + " sending it again");
                throw new MifumoResponseException(message, new MifumoError(status, null, excerpt, Map.of()),
                        !request.isSafe(), e);
            }
        }
        return new MifumoHttpResponse(status, json, rateLimit);
    }

    /**
     * The credentials a request carries: the API key, the bearer token, and the password and tokens of an auth
     * request's body. Servers and proxies may echo them back (an error page showing the request, a login error
     * quoting the form), and error messages end up in logs.
     */
    private List<String> secretsOf(MifumoHttpRequest request) {
        List<String> secrets = new ArrayList<>();
        secrets.add(request.getApiKey());
        secrets.add(request.getBearerToken());
        if (request.getBody() != null && !(request.getBody() instanceof byte[])) {
            try {
                JsonNode body = mapper.valueToTree(request.getBody());
                body.fields().forEachRemaining(field -> {
                    String name = field.getKey().toLowerCase(Locale.ROOT);
                    if ((name.contains("password") || name.contains("token") || name.equals("refresh")
                         || name.equals("access")) && field.getValue().isTextual()) {
                        secrets.add(field.getValue().asText());
                    }
                });
            } catch (IllegalArgumentException e) {
                // a body Jackson cannot read has no fields to hide
            }
        }
        return secrets;
    }

    /**
     * The body with every secret replaced by xxxxxx.
     */
    static byte[] redact(byte[] body, List<String> secrets) {
        if (body == null) {
            return null;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        boolean changed = false;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4 && text.contains(secret)) {
                text = text.replace(secret, "xxxxxx");
                changed = true;
            }
        }
        return changed ? text.getBytes(StandardCharsets.UTF_8) : body;
    }

    private static String header(SimpleHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /**
     * An I/O failure. Whether the request may have reached the server decides whether a send may be repeated: only
     * failures before any byte was written (no connection could be made) rule it out.
     */
    private static MifumoTransportException transportFailure(MifumoHttpRequest request, Exception cause) {
        boolean beforeSending = cause instanceof ConnectException
                                || cause instanceof ConnectTimeoutException
                                || cause instanceof UnknownHostException
                                || cause instanceof SSLHandshakeException
                                // no pooled connection became free in time: nothing was written
                                || cause instanceof DeadlineTimeoutException;
        boolean mayHaveBeenDelivered = !request.isSafe() && !beforeSending;
        String what = cause instanceof DeadlineTimeoutException
                ? "no pooled connection became free within connectTimeout (raise maxConnections or"
                  + " maxConnectionsPerRoute)"
                : cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String message = "Mifumo API " + request.describe() + " failed: " + what
                         + (mayHaveBeenDelivered
                                 ? ". The outcome is unknown: the request may have been processed; check before"
                                   + " sending it again"
                                 : beforeSending ? ". The request was not sent" : "");
        return new MifumoTransportException(message, mayHaveBeenDelivered, cause);
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
