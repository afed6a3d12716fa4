package io.mifumo.camel.component.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoAuthenticationException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One login to the web-application APIs ({@code /api/auth/}, {@code /api/messaging/}), shared by every exchange that
 * uses the same base URL and credentials.
 * <ul>
 * <li>Logs in with POST {@code /api/auth/login/} on first use, and keeps the access and refresh tokens.</li>
 * <li>Renews the access token with POST {@code /api/auth/token/refresh/} shortly before it expires (the {@code exp}
 * claim of the token, when it has one) and once after a 401; logs in again when the refresh token is refused.</li>
 * <li>Concurrent callers share the one login or refresh in flight: a burst of exchanges on an expired token makes one
 * request to the auth API, not one each.</li>
 * <li>Logs out with POST {@code /api/auth/logout/} when the component stops.</li>
 * </ul>
 * Tokens and the password are never logged and never put in an exception message.
 */
public final class JwtSession {

    private static final Logger LOG = LoggerFactory.getLogger(JwtSession.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String LOGIN_PATH = "/api/auth/login/";
    static final String REFRESH_PATH = "/api/auth/token/refresh/";
    static final String LOGOUT_PATH = "/api/auth/logout/";

    /** Renew this long before expiry at most; a short-lived token is renewed when a fifth of its life is left. */
    private static final Duration MAX_SKEW = Duration.ofSeconds(30);

    private final MifumoClient client;
    private final String baseUrl;
    private final String email;
    private final String password;
    private final long connectTimeout;
    private final long requestTimeout;
    private final Supplier<Instant> clock;

    private final Object lock = new Object();
    private String access;
    private Instant renewAt;
    private String refresh;
    private CompletableFuture<String> pending;

    /**
     * @param accessToken a token obtained elsewhere to start with, or null; without email and password it cannot be
     *                    renewed, and a 401 fails the exchange
     */
    public JwtSession(MifumoClient client, String baseUrl, String email, String password, String accessToken,
                      long connectTimeout, long requestTimeout) {
        this(client, baseUrl, email, password, accessToken, connectTimeout, requestTimeout, Instant::now);
    }

    JwtSession(MifumoClient client, String baseUrl, String email, String password, String accessToken,
               long connectTimeout, long requestTimeout, Supplier<Instant> clock) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.email = email;
        this.password = password;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        if (accessToken != null && !accessToken.isBlank()) {
            setAccess(accessToken.strip());
        }
    }

    /** Whether the session can log in by itself (it has an email and a password). */
    public boolean canLogIn() {
        return email != null && !email.isBlank() && password != null && !password.isEmpty();
    }

    /**
     * Sends the request with the current access token, logging in or renewing first when needed. On a 401 the token
     * is renewed once and the request sent again: a 401 means the API refused it, so this cannot apply it twice.
     */
    public CompletableFuture<MifumoHttpResponse> execute(MifumoHttpRequest request) {
        CompletableFuture<MifumoHttpResponse> result = new CompletableFuture<>();
        accessToken().whenComplete((token, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
                return;
            }
            client.execute(request.bearer(token)).whenComplete((response, error) -> {
                Throwable cause = unwrap(error);
                if (cause instanceof MifumoAuthenticationException && canLogIn()) {
                    LOG.debug("{} was refused with 401; renewing the access token once", request.describe());
                    renew(token).whenComplete((fresh, renewFailure) -> {
                        if (renewFailure != null) {
                            result.completeExceptionally(unwrap(renewFailure));
                        } else {
                            client.execute(request.bearer(fresh)).whenComplete((retried, again) -> complete(result,
                                    retried, again));
                        }
                    });
                } else if (cause instanceof MifumoAuthenticationException refused) {
                    result.completeExceptionally(new MifumoAuthenticationException(refused.getMessage()
                            + ". The access token cannot be renewed: there is no email and password to log in with",
                            refused.toError(), false));
                } else {
                    complete(result, response, error);
                }
            });
        });
        return result;
    }

    /** A valid access token: the current one, or one from the login or refresh it starts or joins. */
    public CompletableFuture<String> accessToken() {
        synchronized (lock) {
            if (access != null && (renewAt == null || clock.get().isBefore(renewAt) || !canLogIn())) {
                return CompletableFuture.completedFuture(access);
            }
            return renewLocked();
        }
    }

    /**
     * A token other than {@code rejected}: if another caller already renewed it, that one; else the renewal in flight,
     * or a new one.
     */
    CompletableFuture<String> renew(String rejected) {
        synchronized (lock) {
            if (pending != null) {
                return pending;
            }
            if (access != null && !access.equals(rejected)) {
                return CompletableFuture.completedFuture(access);
            }
            return renewLocked();
        }
    }

    private CompletableFuture<String> renewLocked() {
        if (pending != null) {
            return pending;
        }
        if (!canLogIn()) {
            return CompletableFuture.failedFuture(new MifumoAuthenticationException(
                    "The Mifumo access token was refused or has expired, and there is no email and password to log in"
                    + " again with: set the email and password options, or give a fresh accessToken",
                    new MifumoError(401, null, "access token expired", Map.of()), false));
        }
        CompletableFuture<String> next = refresh != null ? refreshOrLogIn() : logIn();
        pending = next;
        next.whenComplete((token, failure) -> {
            synchronized (lock) {
                if (pending == next) {
                    pending = null;
                }
            }
        });
        return next;
    }

    private CompletableFuture<String> refreshOrLogIn() {
        String refreshToken = refresh;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("refresh", refreshToken);
        return client.execute(authRequest(REFRESH_PATH).body(body)).handle((response, failure) -> {
            Throwable cause = unwrap(failure);
            if (cause == null) {
                String fresh = text(response.getBody(), "access");
                if (fresh == null) {
                    throw new CompletionException(unexpected(REFRESH_PATH, "no access token in the answer"));
                }
                synchronized (lock) {
                    setAccess(fresh);
                    String rotated = text(response.getBody(), "refresh");
                    if (rotated != null) {
                        refresh = rotated;
                    }
                }
                LOG.debug("Renewed the Mifumo access token of {}", email);
                return CompletableFuture.completedFuture(fresh);
            }
            if (cause instanceof MifumoApiException api && (api.getStatusCode() == 401 || api.getStatusCode() == 400)) {
                LOG.debug("The refresh token of {} was refused (HTTP {}); logging in again", email,
                        api.getStatusCode());
                synchronized (lock) {
                    if (refreshToken.equals(refresh)) {
                        refresh = null;
                    }
                }
                return logIn();
            }
            throw new CompletionException(cause);
        }).thenCompose(future -> future);
    }

    private CompletableFuture<String> logIn() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        return client.execute(authRequest(LOGIN_PATH).body(body)).handle((response, failure) -> {
            Throwable cause = unwrap(failure);
            if (cause instanceof MifumoApiException api && api.getStatusCode() >= 400 && api.getStatusCode() < 500
                    && api.getStatusCode() != 429) {
                throw new CompletionException(new MifumoAuthenticationException(
                        "Mifumo login as " + email + " failed with HTTP " + api.getStatusCode() + ": "
                        + api.getErrorMessage() + ". Check the email and password options",
                        api.toError(), false));
            }
            if (cause != null) {
                throw new CompletionException(cause);
            }
            JsonNode tokens = response.getBody() == null ? null : response.getBody().get("tokens");
            String freshAccess = text(tokens, "access");
            String freshRefresh = text(tokens, "refresh");
            if (freshAccess == null) {
                throw new CompletionException(unexpected(LOGIN_PATH, "no tokens.access in the answer"));
            }
            synchronized (lock) {
                setAccess(freshAccess);
                refresh = freshRefresh;
            }
            LOG.info("Logged in to the Mifumo API as {}", email);
            return freshAccess;
        });
    }

    /**
     * Logs out, waiting at most the request timeout; failures are logged, never thrown. A session that only had a
     * token given to it does not log out: the token belongs to whoever obtained it.
     */
    public void logOut() {
        String token;
        String refreshToken;
        synchronized (lock) {
            token = access;
            refreshToken = refresh;
            access = null;
            refresh = null;
            renewAt = null;
        }
        if (token == null || refreshToken == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("refresh", refreshToken);
        try {
            client.execute(authRequest(LOGOUT_PATH).body(body).bearer(token))
                    .get(requestTimeout + connectTimeout, TimeUnit.MILLISECONDS);
            LOG.info("Logged out of the Mifumo API as {}", email);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Throwable cause = unwrap(e instanceof ExecutionException ? e.getCause() : e);
            LOG.warn("Could not log out of the Mifumo API as {}: {}", email, cause.getMessage());
        }
    }

    private MifumoHttpRequest authRequest(String path) {
        return new MifumoHttpRequest("POST", baseUrl, path, false).timeouts(connectTimeout, requestTimeout);
    }

    private void setAccess(String token) {
        access = token;
        renewAt = renewTime(token, clock.get());
    }

    /**
     * When to renew a token: before its {@code exp} claim by a fifth of its life (at most 30 seconds), or null when
     * the token carries no readable expiry (then it is renewed only after a 401).
     */
    static Instant renewTime(String token, Instant now) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            JsonNode exp = payload.get("exp");
            if (exp == null || !exp.isNumber()) {
                return null;
            }
            Instant expiry = Instant.ofEpochMilli(Math.round(exp.doubleValue() * 1000));
            JsonNode iat = payload.get("iat");
            Instant issued = iat != null && iat.isNumber() ? Instant.ofEpochMilli(Math.round(iat.doubleValue() * 1000))
                    : now;
            Duration life = Duration.between(issued, expiry);
            Duration skew = life.isNegative() ? Duration.ZERO : life.dividedBy(5);
            return expiry.minus(skew.compareTo(MAX_SKEW) > 0 ? MAX_SKEW : skew);
        } catch (Exception e) {
            // not a JWT we can read: rely on the 401
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static MifumoException unexpected(String path, String what) {
        return new MifumoException("Mifumo API POST " + path + " answered without the expected token: " + what, false,
                null);
    }

    private static <T> void complete(CompletableFuture<T> result, T value, Throwable failure) {
        if (failure != null) {
            result.completeExceptionally(unwrap(failure));
        } else {
            result.complete(value);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    @Override
    public String toString() {
        return "JwtSession[" + baseUrl + ", " + email + "]";
    }
}
