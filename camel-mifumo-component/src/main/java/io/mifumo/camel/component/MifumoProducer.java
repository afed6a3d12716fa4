package io.mifumo.camel.component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.binding.Bindings;
import io.mifumo.camel.component.binding.ChunkOutcome;
import io.mifumo.camel.component.binding.OperationBinding;
import io.mifumo.camel.component.binding.PreparedCall;
import io.mifumo.camel.component.binding.SmsTemplates;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoRecipientsFailedException;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.exception.MifumoRateLimitException;

import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.health.MifumoHealthChecks;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.RateLimit;
import io.mifumo.camel.component.service.RetryPolicy;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls one API operation per exchange without blocking a thread while the request is in flight: the operation's
 * binding turns headers and options into a request, and the answer into the body and CamelMifumo* headers.
 */
public class MifumoProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(MifumoProducer.class);
    private static final long DEFAULT_RATE_LIMIT_WAIT = 1000;
    private static final long MIN_RATE_LIMIT_WAIT = 100;
    private static final String SENT = "|sent";

    private final MifumoEndpoint endpoint;
    private final MifumoOperation operation;
    private final MifumoConfiguration configuration;
    private final OperationBinding binding;
    private final RetryPolicy retryPolicy;
    private final SmsTemplates templates;
    private MifumoClient client;
    private boolean healthCheckRegistered;

    public MifumoProducer(MifumoEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getResolvedOperation();
        this.configuration = endpoint.getConfiguration();
        this.binding = Bindings.of(operation);
        this.retryPolicy = new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryDelay());
        this.templates = new SmsTemplates(configuration, this::execute);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        checkCredentials();
        client = endpoint.getComponent().getClient();
        registerHealthCheck();
    }

    /**
     * Fails the route's start when the operation's credentials are missing: the integration API needs the API key,
     * the web-application APIs need email and password, or an access token; sms/send with a templateId needs both.
     */
    private void checkCredentials() {
        boolean jwt = operation.auth() == MifumoOperation.Auth.JWT
                      || operation == MifumoOperation.SMS_SEND && !ObjectHelper.isEmpty(configuration.getTemplateId());
        if (operation.auth() == MifumoOperation.Auth.API_KEY && ObjectHelper.isEmpty(configuration.getApiKey())) {
            throw new IllegalArgumentException(
                    "No apiKey for mifumo:" + operation.uriName() + ": set the apiKey option on the endpoint or on"
                                               + " the mifumo component");
        }
        if (jwt && !hasJwtCredentials()) {
            throw new IllegalArgumentException(
                    "No login for mifumo:" + operation.uriName() + ": "
                                               + (operation.auth() == MifumoOperation.Auth.JWT
                                                       ? "the messaging API takes a JWT, not the API key"
                                                       : "reading the template needs the messaging API")
                                               + "; set email and password (or accessToken) on the endpoint or on"
                                               + " the mifumo component");
        }
    }

    private boolean hasJwtCredentials() {
        return !ObjectHelper.isEmpty(configuration.getAccessToken())
               || !ObjectHelper.isEmpty(configuration.getEmail()) && !ObjectHelper.isEmpty(configuration.getPassword());
    }

    /** Sends a request with its credentials: the API key it carries, or the component's JWT login. */
    private CompletableFuture<MifumoHttpResponse> execute(MifumoHttpRequest request) {
        if (!request.isJwt()) {
            return client.execute(request);
        }
        if (!hasJwtCredentials()) {
            return CompletableFuture.failedFuture(new MifumoValidationException(operation.uriName(), List.of(
                    "no login for the messaging API: set email and password (or accessToken)")));
        }
        return endpoint.getComponent().getSession(configuration).execute(request);
    }

    private void registerHealthCheck() {
        MifumoComponent component = endpoint.getComponent();
        healthCheckRegistered = component.getHealthChecks().acquire(MifumoHealthChecks.Kind.PRODUCER, configuration,
                component.isHealthCheckProducerEnabled()) != null;
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRegistered) {
            endpoint.getComponent().getHealthChecks().release(MifumoHealthChecks.Kind.PRODUCER, configuration);
            healthCheckRegistered = false;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (operation == MifumoOperation.SMS_SEND && templates.isTemplated(exchange.getMessage())) {
            // the template may have to be read first: fill it, then send as usual
            CompletableFuture<String> text;
            try {
                text = templates.templateText(exchange.getMessage());
            } catch (Exception e) {
                exchange.setException(e);
                callback.done(true);
                return true;
            }
            text.whenCompleteAsync((template, failure) -> {
                try {
                    if (failure != null) {
                        exchange.setException(unwrap(failure));
                    } else {
                        templates.fill(template, exchange.getMessage());
                        prepareAndSend(exchange, callback, false);
                        return;
                    }
                } catch (Throwable e) {
                    exchange.setException(e);
                }
                callback.done(false);
            }, endpoint.getComponent().getResponseExecutor());
            return false;
        }
        return prepareAndSend(exchange, callback, true);
    }

    private boolean prepareAndSend(Exchange exchange, AsyncCallback callback, boolean sync) {
        PreparedCall call;
        try {
            call = binding.prepare(operation, configuration, exchange.getMessage());
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(sync);
            return sync;
        }

        String idempotencyKey = idempotencyKey(exchange);
        if (idempotencyKey != null && !configuration.getIdempotentRepository().add(idempotencyKey)) {
            // claimed before under this key: a redelivery or a replay must not send again
            if (configuration.getIdempotentRepository().contains(idempotencyKey + SENT)) {
                LOG.info("Not sending {} again: idempotency key {} was sent before", call.request().describe(),
                        idempotencyKey);
                exchange.getMessage().setHeader(MifumoConstants.DUPLICATE, true);
            } else {
                // the earlier attempt failed with an unknown outcome, or is still running: neither a second send
                // nor a success would be true
                exchange.setException(new MifumoException(
                        "Not sending " + call.request().describe() + " again: an earlier attempt under idempotency key "
                        + idempotencyKey + " may have been delivered, or is still in flight. Reconcile it (sms/status,"
                        + " delivery reports), then remove the key from the repository to send again", true, null));
            }
            callback.done(true);
            return true;
        }

        List<PreparedCall> calls = binding.split(call, configuration);
        if (calls.size() == 1) {
            send(call, 0, 0, (response, failure) -> {
                if (failure != null) {
                    onFailure(exchange, failure);
                } else {
                    onResponse(exchange, call, response);
                }
                // after the answer is mapped: a send that failed on its recipients is no clean success
                settleIdempotencyKey(exchange, failure != null ? failure : exchange.getException());
                return true;
            }, callback, exchange);
        } else {
            sendChunks(exchange, callback, calls, new ArrayList<>());
        }
        return false;
    }

    /**
     * Sends the chunks one after the other; a failed chunk does not stop the others. The binding merges the outcomes.
     */
    private void sendChunks(Exchange exchange, AsyncCallback callback, List<PreparedCall> calls,
                            List<ChunkOutcome> outcomes) {
        PreparedCall next = calls.get(outcomes.size());
        send(next, 0, 0, (response, failure) -> {
            outcomes.add(new ChunkOutcome(next, response, failure));
            if (outcomes.size() < calls.size()) {
                // the next chunk completes the exchange
                sendChunks(exchange, callback, calls, outcomes);
                return false;
            }
            boolean anySent = outcomes.stream().anyMatch(o -> o.failure() == null);
            Message out = exchange.getMessage();
            out.setHeader(MifumoConstants.HTTP_STATUS, anySent ? 200 : null);
            try {
                binding.completeChunks(outcomes, out, configuration);
            } catch (MifumoException e) {
                onFailure(exchange, e);
            } catch (Exception e) {
                exchange.setException(e);
            }
            // the key is marked sent only when every chunk went out cleanly; it is kept (unsent) when any chunk went
            // out or may have, so a replay never sends those again; it is released only when nothing went out
            boolean allClean = exchange.getException() == null && outcomes.stream().allMatch(o -> o.failure() == null);
            boolean anyMayHaveGoneOut = anySent || outcomes.stream().anyMatch(
                    o -> o.failure() instanceof MifumoException m && m.isMayHaveBeenDelivered());
            settleIdempotencyKey(exchange, allClean ? null
                    : anyMayHaveGoneOut ? new MifumoException("partly or maybe sent", true, null)
                    : outcomes.get(0).failure());
            return true;
        }, callback, exchange);
    }

    /**
     * The duplicate-send guard's key for an unsafe operation, or null when the guard is off (no repository or no
     * CamelMifumoIdempotencyKey header).
     */
    private String idempotencyKey(Exchange exchange) {
        if (operation.isSafe() || configuration.getIdempotentRepository() == null) {
            return null;
        }
        String key = exchange.getMessage().getHeader(MifumoConstants.IDEMPOTENCY_KEY, String.class);
        return key == null || key.isBlank() ? null : operation.uriName() + ":" + key.strip();
    }

    /**
     * Settles the guard's key once the outcome is known: confirmed after a success; released after a failure that
     * cannot have sent anything, so a retry may send; kept after an unknown outcome, so nothing sends twice.
     */
    private void settleIdempotencyKey(Exchange exchange, Throwable failure) {
        String key = idempotencyKey(exchange);
        if (key == null) {
            return;
        }
        if (failure == null) {
            configuration.getIdempotentRepository().confirm(key);
            // the mark a replay checks: this key was sent, cleanly
            configuration.getIdempotentRepository().add(key + SENT);
        } else if (!(failure instanceof MifumoException mifumo) || !mifumo.isMayHaveBeenDelivered()) {
            configuration.getIdempotentRepository().remove(key);
        }
    }

    private void send(PreparedCall call, long waitedMillis, int retries, Outcome outcome, AsyncCallback callback,
                      Exchange exchange) {
        // when the last answer said no request is left before the reset, the request is refused here as the API
        // would refuse it, and waits (or fails) by the same rule as after a 429, without earning one
        long spent = endpoint.getComponent().rateLimitSpentFor(configuration);
        CompletableFuture<MifumoHttpResponse> answer = spent > 0
                ? CompletableFuture.failedFuture(new MifumoRateLimitException(
                        "Mifumo API rate limit spent until " + Instant.now().plusMillis(spent) + ": "
                        + call.request().describe() + " was not sent",
                        new MifumoError(429, null, "rate limit spent", Map.of()), Instant.now().plusMillis(spent)))
                : execute(call.request());
        answer.whenCompleteAsync((response, failure) -> {
            boolean done = true;
            try {
                if (failure != null) {
                    Throwable cause = unwrap(failure);
                    long wait = rateLimitWait(cause, waitedMillis);
                    if (wait >= 0) {
                        LOG.info("Rate limit of the Mifumo API reached on {}; sending again in {} ms",
                                call.request().describe(), wait);
                        later(wait, () -> send(call, waitedMillis + wait, retries, outcome, callback, exchange));
                        return;
                    }
                    long delay = retryPolicy.delayBeforeRetry(cause, call.request().isSafe(), retries);
                    if (delay >= 0) {
                        LOG.warn("{} failed, retry {} of {} in {} ms: {}", call.request().describe(), retries + 1,
                                configuration.getMaxRetries(), delay, cause.getMessage());
                        later(delay, () -> send(call, waitedMillis, retries + 1, outcome, callback, exchange));
                        return;
                    }
                    done = outcome.accept(null, cause);
                } else {
                    done = outcome.accept(response, null);
                }
            } catch (Throwable e) {
                exchange.setException(e);
            }
            if (done) {
                callback.done(false);
            }
        }, endpoint.getComponent().getResponseExecutor());
    }

    /**
     * What to do with the final answer or failure of one request, after retries and rate-limit waits; returns
     * whether the exchange is complete.
     */
    @FunctionalInterface
    private interface Outcome {
        boolean accept(MifumoHttpResponse response, Throwable failure);
    }

    private void later(long millis, Runnable task) {
        endpoint.getComponent().getWaitExecutor().schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * How long to wait before sending again after a 429, or -1 to fail now. A 429 means the API refused the
     * request, so sending it again cannot send twice.
     */
    private long rateLimitWait(Throwable cause, long waitedMillis) {
        if (!(cause instanceof MifumoRateLimitException limited)
                || configuration.getRateLimitMode() != MifumoRateLimitMode.wait) {
            return -1;
        }
        long wait = limited.getResetAt() == null ? DEFAULT_RATE_LIMIT_WAIT
                : Math.max(0, limited.getResetAt().toEpochMilli() - System.currentTimeMillis());
        // at least a moment, so a reset time that has just passed on a skewed clock does not spin
        wait = Math.max(wait, MIN_RATE_LIMIT_WAIT);
        return waitedMillis + wait <= configuration.getMaxRateLimitWait() ? wait : -1;
    }

    private void onResponse(Exchange exchange, PreparedCall call, MifumoHttpResponse response) {
        Message out = exchange.getMessage();
        setRateLimitHeaders(out, response.getRateLimit());
        endpoint.getComponent().noteRateLimit(configuration, response.getRateLimit());
        out.setHeader(MifumoConstants.HTTP_STATUS, response.getStatusCode());
        try {
            binding.complete(call, response, out, this::execute);
            if (configuration.isFailOnRecipientError() && out.getBody() instanceof SendSmsResult sent
                    && !sent.getFailedRecipients().isEmpty()) {
                throw new MifumoRecipientsFailedException(sent);
            }
            if (configuration.isTrackStatus() && operation == MifumoOperation.SMS_SEND) {
                MessageTracker tracker = configuration.getMessageTracker() != null
                        ? configuration.getMessageTracker() : endpoint.getComponent().getMessageTracker();
                tracker.track(out.getHeader(MifumoConstants.MESSAGE_ID, String.class));
            }
        } catch (MifumoException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(response, e);
        }
    }

    private MifumoResponseException unreadable(MifumoHttpResponse response, Exception cause) {
        boolean mayHaveBeenDelivered = !operation.isSafe();
        String message = "Mifumo API " + operation.method() + " " + operation.pathTemplate() + " answered HTTP "
                         + response.getStatusCode() + " with a body of an unexpected shape: " + cause.getMessage()
                         + (mayHaveBeenDelivered
                                 ? ". The request may have been processed: check before sending it again" : "");
        return new MifumoResponseException(
                message, new MifumoError(response.getStatusCode(), null, cause.getMessage(), Map.of()),
                mayHaveBeenDelivered, cause);
    }

    private void onFailure(Exchange exchange, Throwable failure) {
        if (failure instanceof MifumoApiException api) {
            // the status and rate-limit headers of an error answer matter to a route as much as of a success
            setRateLimitHeaders(exchange.getMessage(), api.getRateLimit());
            endpoint.getComponent().noteRateLimit(configuration, api.getRateLimit());
            exchange.getMessage().setHeader(MifumoConstants.HTTP_STATUS, api.getStatusCode());
        }
        if (failure instanceof MifumoInsufficientCreditsException credits && credits.getCurrentBalance() != null) {
            // the 402 answer tells the balance: a route that meters the balance header sees it drop to the end
            exchange.getMessage().setHeader(MifumoConstants.BALANCE,
                    BigDecimal.valueOf(credits.getCurrentBalance()));
        }
        if (failure instanceof MifumoApiException api && !(failure instanceof MifumoResponseException)
                && !configuration.isThrowExceptionOnFailure()) {
            Message out = exchange.getMessage();
            out.setBody(api.toError());
            out.setHeader(MifumoConstants.HTTP_STATUS, api.getStatusCode());
            if (api.getErrorCode() != null) {
                out.setHeader(MifumoConstants.ERROR_CODE, api.getErrorCode());
            }
            return;
        }
        exchange.setException(failure);
    }

    private static void setRateLimitHeaders(Message out, RateLimit rateLimit) {
        if (rateLimit == null) {
            return;
        }
        if (rateLimit.getLimit() != null) {
            out.setHeader(MifumoConstants.RATE_LIMIT_LIMIT, rateLimit.getLimit());
        }
        if (rateLimit.getRemaining() != null) {
            out.setHeader(MifumoConstants.RATE_LIMIT_REMAINING, rateLimit.getRemaining());
        }
        if (rateLimit.getResetEpochSeconds() != null) {
            out.setHeader(MifumoConstants.RATE_LIMIT_RESET, rateLimit.getResetEpochSeconds());
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
