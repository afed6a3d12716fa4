package io.mifumo.camel.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.MessageStatus;
import io.mifumo.camel.component.model.sms.SendSmsRequest;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.model.sms.SmsBalance;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.RateLimit;
import io.mifumo.camel.component.service.ResponseBodies;
import io.mifumo.camel.component.validation.Recipients;
import io.mifumo.camel.component.validation.SenderIds;
import io.mifumo.camel.component.validation.SmsEncoding;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.ObjectHelper;

/**
 * Calls one API operation per exchange without blocking a thread while the request is in flight: headers and options
 * become a request, the answer becomes the body and CamelMifumo* headers.
 */
public class MifumoProducer extends DefaultAsyncProducer {

    private final MifumoEndpoint endpoint;
    private final MifumoOperation operation;
    private final MifumoConfiguration configuration;
    private MifumoClient client;

    public MifumoProducer(MifumoEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.operation = endpoint.getResolvedOperation();
        this.configuration = endpoint.getConfiguration();
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
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Call call;
        try {
            call = prepare(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }

        client.execute(call.request).whenCompleteAsync((response, failure) -> {
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

    private Call prepare(Exchange exchange) {
        Message in = exchange.getMessage();
        switch (operation) {
            case SMS_SEND:
                return prepareSend(in);
            case SMS_STATUS: {
                String messageId = firstNonEmpty(in.getHeader(MifumoConstants.MESSAGE_ID, String.class),
                        configuration.getMessageId());
                if (messageId == null) {
                    throw new MifumoValidationException(operation.uriName(), List.of(
                            "no message id: set the header " + MifumoConstants.MESSAGE_ID + " or the option"
                                                                                     + " messageId"));
                }
                return new Call(request(operation.expandPath(Map.of("message_id", messageId))), null);
            }
            case SMS_BALANCE:
                return new Call(request(operation.pathTemplate()), null);
            case SMS_DELIVERY_REPORTS: {
                Integer limit = in.getHeader(MifumoConstants.LIMIT, configuration.getLimit(), Integer.class);
                Integer offset = in.getHeader(MifumoConstants.OFFSET, configuration.getOffset(), Integer.class);
                List<String> problems = new ArrayList<>();
                if (limit == null || limit < 1) {
                    problems.add("limit " + limit + " must be at least 1");
                }
                if (offset == null || offset < 0) {
                    problems.add("offset " + offset + " must not be negative");
                }
                if (!problems.isEmpty()) {
                    throw new MifumoValidationException(operation.uriName(), problems);
                }
                MifumoHttpRequest request = request(operation.pathTemplate()).query("limit", limit)
                        .query("offset", offset);
                return new Call(request, new int[] { limit, offset });
            }
            default:
                throw new IllegalStateException("No mapping for operation " + operation);
        }
    }

    private Call prepareSend(Message in) {
        Object body = in.getBody();
        SendSmsRequest typed = body instanceof SendSmsRequest request ? request : null;
        String text = typed != null ? typed.getMessage() : in.getBody(String.class);

        Object recipientValue = in.getHeader(MifumoConstants.RECIPIENTS);
        if (isEmptyValue(recipientValue)) {
            recipientValue = typed != null && !typed.getRecipients().isEmpty()
                    ? typed.getRecipients() : configuration.getRecipients();
        }
        String senderId = firstNonEmpty(in.getHeader(MifumoConstants.SENDER_ID, String.class),
                typed != null ? typed.getSenderId() : null, configuration.getSenderId());
        String tenant = firstNonEmpty(in.getHeader(MifumoConstants.TENANT_ACCOUNT_ID, String.class),
                typed != null ? typed.getTenantAccountId() : null, configuration.getTenantAccountId());

        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("the message text is empty");
        }
        List<String> tokens = Recipients.tokens(recipientValue);
        Recipients recipients = Recipients.normalise(tokens, configuration.getDefaultRegion());
        if (tokens.isEmpty()) {
            problems.add("no recipients: set the header " + MifumoConstants.RECIPIENTS + " or the option recipients");
        }
        recipients.getProblems().forEach(problem -> problems.add("invalid recipient " + problem));
        String senderProblem = SenderIds.check(senderId);
        if (senderProblem != null) {
            problems.add(senderId == null || senderId.isBlank()
                    ? "no sender ID: set the header " + MifumoConstants.SENDER_ID + " or the option senderId"
                    : senderProblem);
        }
        if (!problems.isEmpty()) {
            throw new MifumoValidationException(operation.uriName(), problems);
        }

        SendSmsRequest send = new SendSmsRequest(text, recipients.getNumbers(), senderId);
        send.setTenantAccountId(tenant);
        SendSmsResult expected = new SendSmsResult();
        SmsEncoding encoding = SmsEncoding.of(text);
        expected.setRecipients(recipients.getNumbers());
        expected.setDuplicatesRemoved(recipients.getDuplicatesRemoved());
        expected.setEncoding(encoding.getEncoding());
        expected.setSegments(encoding.getSegments());
        return new Call(request(operation.pathTemplate()).body(send), expected);
    }

    private MifumoHttpRequest request(String path) {
        return new MifumoHttpRequest(operation.method(), configuration.getBaseUrl(), path, operation.isSafe())
                .auth(configuration.getApiKey(), configuration.getAuthMode())
                .timeouts(configuration.getConnectTimeout(), configuration.getRequestTimeout());
    }

    private void onResponse(Exchange exchange, Call call, MifumoHttpResponse response) {
        Message out = exchange.getMessage();
        setRateLimitHeaders(out, response.getRateLimit());
        out.setHeader(MifumoConstants.HTTP_STATUS, response.getStatusCode());
        ObjectMapper mapper = client.getMapper();
        JsonNode json = ResponseBodies.unwrapData(response.getBody());
        try {
            switch (operation) {
                case SMS_SEND: {
                    SendSmsResult result = mapper.treeToValue(requireObject(json), SendSmsResult.class);
                    SendSmsResult local = (SendSmsResult) call.context;
                    result.setRecipients(local.getRecipients());
                    result.setDuplicatesRemoved(local.getDuplicatesRemoved());
                    result.setEncoding(local.getEncoding());
                    result.setSegments(local.getSegments());
                    out.setBody(result);
                    out.setHeader(MifumoConstants.MESSAGE_ID, result.getMessageId());
                    out.setHeader(MifumoConstants.STATUS, result.getStatus());
                    out.setHeader(MifumoConstants.RECIPIENT_COUNT, result.getRecipients().size());
                    out.setHeader(MifumoConstants.DUPLICATES_REMOVED, result.getDuplicatesRemoved());
                    out.setHeader(MifumoConstants.ENCODING, result.getEncoding());
                    out.setHeader(MifumoConstants.SEGMENTS, result.getSegments());
                    out.setHeader(MifumoConstants.CREDITS, result.getCredits());
                    break;
                }
                case SMS_STATUS: {
                    MessageStatus status = mapper.treeToValue(requireObject(json), MessageStatus.class);
                    out.setBody(status);
                    out.setHeader(MifumoConstants.MESSAGE_ID, status.getMessageId());
                    out.setHeader(MifumoConstants.STATUS, status.getStatus());
                    break;
                }
                case SMS_BALANCE: {
                    SmsBalance balance = mapper.treeToValue(requireObject(json), SmsBalance.class);
                    out.setBody(balance);
                    out.setHeader(MifumoConstants.BALANCE, balance.getBalance());
                    break;
                }
                case SMS_DELIVERY_REPORTS: {
                    int[] paging = (int[]) call.context;
                    ResponseBodies.Page<DeliveryReport> page
                            = ResponseBodies.readPage(mapper, response.getBody(), DeliveryReport.class);
                    out.setBody(page.items());
                    out.setHeader(MifumoConstants.TOTAL_COUNT, page.count());
                    boolean more = page.hasNext() != null ? page.hasNext() : page.items().size() >= paging[0];
                    out.setHeader(MifumoConstants.NEXT_OFFSET, more ? paging[1] + page.items().size() : null);
                    break;
                }
                default:
                    throw new IllegalStateException("No mapping for operation " + operation);
            }
        } catch (MifumoException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(response, e);
        }
    }

    private JsonNode requireObject(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, got "
                                               + (json == null ? "an empty body" : json.getNodeType()));
        }
        return json;
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

    private static boolean isEmptyValue(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.isEmpty();
        }
        return value.getClass().isArray() && java.lang.reflect.Array.getLength(value) == 0;
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** A prepared request and what the answer mapping needs from the preparation. */
    private record Call(MifumoHttpRequest request, Object context) {
    }
}
