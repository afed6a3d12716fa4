package io.mifumo.camel.component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.binding.Bindings;
import io.mifumo.camel.component.binding.OperationBinding;
import io.mifumo.camel.component.binding.PreparedCall;
import io.mifumo.camel.component.binding.SmsTemplates;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoRateLimitException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.RateLimit;
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
    private final SmsTemplates templates;
    private MifumoClient client;

    public MifumoProducer(MifumoEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getResolvedOperation();
        this.configuration = endpoint.getConfiguration();
        this.binding = Bindings.of(operation);
        this.templates = new SmsTemplates(configuration, this::execute);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        checkCredentials();
        client = endpoint.getComponent().getClient();
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

        send(exchange, callback, call, 0);
        return false;
    }

    private void send(Exchange exchange, AsyncCallback callback, PreparedCall call, long waitedMillis) {
        execute(call.request()).whenCompleteAsync((response, failure) -> {
            try {
                if (failure != null) {
                    Throwable cause = unwrap(failure);
                    long wait = rateLimitWait(cause, waitedMillis);
                    if (wait >= 0) {
                        LOG.info("Rate limit of the Mifumo API reached on {}; sending again in {} ms",
                                call.request().describe(), wait);
                        endpoint.getComponent().getWaitExecutor().schedule(
                                () -> send(exchange, callback, call, waitedMillis + wait), wait, TimeUnit.MILLISECONDS);
                        return;
                    }
                    onFailure(exchange, cause);
                } else {
                    onResponse(exchange, call, response);
                }
            } catch (Throwable e) {
                exchange.setException(e);
            }
            callback.done(false);
        }, endpoint.getComponent().getResponseExecutor());
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
            binding.complete(call, response, out, this::execute);
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
