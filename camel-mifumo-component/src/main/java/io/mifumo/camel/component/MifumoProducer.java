package io.mifumo.camel.component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.CompletionException;

import io.mifumo.camel.component.binding.Bindings;
import io.mifumo.camel.component.binding.OperationBinding;
import io.mifumo.camel.component.binding.PreparedCall;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.health.MifumoHealthChecks;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.RateLimit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.ObjectHelper;

/**
 * Calls one API operation per exchange without blocking a thread while the request is in flight: the operation's
 * binding turns headers and options into a request, and the answer into the body and CamelMifumo* headers.
 */
public class MifumoProducer extends DefaultAsyncProducer {

    private final MifumoEndpoint endpoint;
    private final MifumoOperation operation;
    private final MifumoConfiguration configuration;
    private final OperationBinding binding;
    private MifumoClient client;
    private boolean healthCheckRegistered;

    public MifumoProducer(MifumoEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getResolvedOperation();
        this.configuration = endpoint.getConfiguration();
        this.binding = Bindings.of(operation);
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

        client.execute(call.request()).whenCompleteAsync((response, failure) -> {
            try {
                if (failure != null) {
                    onFailure(exchange, unwrap(failure));
                } else {
                    onResponse(exchange, call, response);
                }
            } catch (Throwable e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        }, endpoint.getComponent().getResponseExecutor());
        return false;
    }

    private void onResponse(Exchange exchange, PreparedCall call, MifumoHttpResponse response) {
        Message out = exchange.getMessage();
        setRateLimitHeaders(out, response.getRateLimit());
        out.setHeader(MifumoConstants.HTTP_STATUS, response.getStatusCode());
        try {
            binding.complete(call, response, out);
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
            out.setHeader(MifumoConstants.ERROR_CODE, api.getErrorCode());
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
