package io.mifumo.camel.component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.binding.Bindings;
import io.mifumo.camel.component.binding.OperationBinding;
import io.mifumo.camel.component.binding.PreparedCall;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoRateLimitException;

import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.health.MifumoHealthChecks;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoClient;
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

    private final MifumoEndpoint endpoint;
    private final MifumoOperation operation;
    private final MifumoConfiguration configuration;
    private final OperationBinding binding;
    private final RetryPolicy retryPolicy;
    private MifumoClient client;
    private boolean healthCheckRegistered;

    public MifumoProducer(MifumoEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getResolvedOperation();
        this.configuration = endpoint.getConfiguration();
        this.binding = Bindings.of(operation);
        this.retryPolicy = new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryDelay());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (ObjectHelper.isEmpty(configuration.getApiKey())) {
            throw new IllegalArgumentException(
                    "No apiKey for mifumo:" + operation.uriName() + ": set the apiKey option on the endpoint or on"
                                               + " the mifumo component");
        }
        client = endpoint.getComponent().getClient();
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
        PreparedCall call;
        try {
            call = binding.prepare(operation, configuration, exchange.getMessage());
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }

        String idempotencyKey = idempotencyKey(exchange);
        if (idempotencyKey != null && !configuration.getIdempotentRepository().add(idempotencyKey)) {
            // sent before (or being sent) under this key: a redelivery or a replay must not send again
            LOG.info("Not sending {} again: idempotency key {} was sent before", call.request().describe(),
                    idempotencyKey);
            exchange.getMessage().setHeader(MifumoConstants.DUPLICATE, true);
            callback.done(true);
            return true;
        }

        send(exchange, callback, call, 0, 0);
        return false;
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
        } else if (!(failure instanceof MifumoException mifumo) || !mifumo.isMayHaveBeenDelivered()) {
            configuration.getIdempotentRepository().remove(key);
        }
    }

    private void send(Exchange exchange, AsyncCallback callback, PreparedCall call, long waitedMillis, int retries) {
        client.execute(call.request()).whenCompleteAsync((response, failure) -> {
            try {
                if (failure != null) {
                    Throwable cause = unwrap(failure);
                    long wait = rateLimitWait(cause, waitedMillis);
                    if (wait >= 0) {
                        LOG.info("Rate limit of the Mifumo API reached on {}; sending again in {} ms",
                                call.request().describe(), wait);
                        later(wait, () -> send(exchange, callback, call, waitedMillis + wait, retries));
                        return;
                    }
                    long delay = retryPolicy.delayBeforeRetry(cause, call.request().isSafe(), retries);
                    if (delay >= 0) {
                        LOG.warn("{} failed, retry {} of {} in {} ms: {}", call.request().describe(), retries + 1,
                                configuration.getMaxRetries(), delay, cause.getMessage());
                        later(delay, () -> send(exchange, callback, call, waitedMillis, retries + 1));
                        return;
                    }
                    settleIdempotencyKey(exchange, cause);
                    onFailure(exchange, cause);
                } else {
                    settleIdempotencyKey(exchange, null);
                    onResponse(exchange, call, response);
                }
            } catch (Throwable e) {
                exchange.setException(e);
            }
            callback.done(false);
        }, endpoint.getComponent().getResponseExecutor());
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
        long wait = limited.getResetAt() == null
                ? DEFAULT_RATE_LIMIT_WAIT : Math.max(0, limited.getResetAt().toEpochMilli() - System.currentTimeMillis());
        // at least a moment, so a reset time that has just passed on a skewed clock does not spin
        wait = Math.max(wait, MIN_RATE_LIMIT_WAIT);
        return waitedMillis + wait <= configuration.getMaxRateLimitWait() ? wait : -1;
    }

    private void onResponse(Exchange exchange, PreparedCall call, MifumoHttpResponse response) {
        Message out = exchange.getMessage();
        setRateLimitHeaders(out, response.getRateLimit());
        out.setHeader(MifumoConstants.HTTP_STATUS, response.getStatusCode());
        try {
            binding.complete(call, response, out, client);
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
