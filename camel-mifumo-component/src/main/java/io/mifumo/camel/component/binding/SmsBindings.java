package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoRecipientsFailedException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.MessageStatus;
import io.mifumo.camel.component.model.sms.RecipientResult;
import io.mifumo.camel.component.model.sms.SendSmsRequest;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.model.sms.SmsBalance;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.ApiErrors;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.ResponseBodies;
import io.mifumo.camel.component.validation.Recipients;
import io.mifumo.camel.component.validation.SenderIds;
import io.mifumo.camel.component.validation.SmsEncoding;
import org.apache.camel.Message;

/**
 * Bindings of the core SMS operations of the integration API.
 */
final class SmsBindings {

    static final OperationBinding SEND = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return prepareSend(operation, configuration, in);
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            SendSmsResult result = readSend(call, response);
            finishSend(result, out, false);
        }

        @Override
        public List<PreparedCall> split(PreparedCall call, MifumoConfiguration configuration) {
            return splitSend(call, configuration.getMaxRecipientsPerRequest());
        }

        @Override
        public void completeChunks(List<ChunkOutcome> outcomes, Message out, MifumoConfiguration configuration)
                throws Exception {
            finishSend(mergeChunks(outcomes), out, configuration.isFailOnRecipientError());
        }
    };

    static final OperationBinding STATUS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            String messageId = Inputs.required(operation, in, MifumoConstants.MESSAGE_ID,
                    configuration.getMessageId(), "messageId", "message id");
            return new PreparedCall(Inputs.request(operation, configuration,
                    operation.expandPath(Map.of("message_id", messageId))));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            MessageStatus status = Inputs.object(response.getBody(), MessageStatus.class);
            if (status.getStatus() == null || status.getStatus().isBlank()) {
                throw new IllegalArgumentException("the answer has no status");
            }
            out.setBody(status);
            out.setHeader(MifumoConstants.MESSAGE_ID, status.getMessageId());
            out.setHeader(MifumoConstants.STATUS, status.getStatus());
        }
    };

    static final OperationBinding BALANCE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            SmsBalance balance = Inputs.object(response.getBody(), SmsBalance.class);
            out.setBody(balance);
            out.setHeader(MifumoConstants.BALANCE, balance.getBalance());
        }
    };

    static final OperationBinding DELIVERY_REPORTS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
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
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate())
                    .query("limit", limit).query("offset", offset), new int[] { limit, offset });
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) {
            int[] paging = (int[]) call.context();
            ResponseBodies.Page<DeliveryReport> page
                    = ResponseBodies.readPage(Inputs.MAPPER, response.getBody(), DeliveryReport.class);
            out.setBody(page.items());
            setOrRemove(out, MifumoConstants.TOTAL_COUNT, page.count());
            boolean more = page.mayHaveMore(paging[0]);
            setOrRemove(out, MifumoConstants.NEXT_OFFSET, more ? paging[1] + page.items().size() : null);
        }
    };

    private SmsBindings() {
    }

    private static void setOrRemove(Message out, String header, Object value) {
        if (value == null) {
            out.removeHeader(header);
        } else {
            out.setHeader(header, value);
        }
    }

    /**
     * Reads one send answer: a refusal inside a 2xx fails, an answer without a message id is an unknown outcome, and
     * per-recipient results are kept when the answer lists them (C17), else every recipient shares the status.
     */
    private static SendSmsResult readSend(PreparedCall call, MifumoHttpResponse response) throws Exception {
        SendSmsResult result = Inputs.object(response.getBody(), SendSmsResult.class);
        if (Boolean.FALSE.equals(result.getSuccess())) {
            // a 2xx that says it failed is a refusal, not a send
            MifumoError error = ApiErrors.readJson(response.getStatusCode(), response.getBody());
            throw ApiErrors.toException(call.request(), error, response.getRateLimit());
        }
        if (result.getMessageId() == null || result.getMessageId().isBlank()) {
            throw new MifumoResponseException(
                    "Mifumo API " + call.request().describe() + " answered HTTP " + response.getStatusCode()
                    + " without a message_id. The outcome is unknown: check before sending it again",
                    new MifumoError(response.getStatusCode(), null, "no message_id", Map.of()), true);
        }
        SendSmsResult local = (SendSmsResult) call.context();
        result.setRecipients(local.getRecipients());
        result.setDuplicatesRemoved(local.getDuplicatesRemoved());
        result.setEncoding(local.getEncoding());
        result.setSegments(local.getSegments());
        result.setNonGsmCharacter(local.getNonGsmCharacter());
        result.setMessageIds(new ArrayList<>(List.of(result.getMessageId())));
        result.setRecipientResults(recipientResults(response.getBody(), result));
        return result;
    }

    private static List<RecipientResult> recipientResults(JsonNode body, SendSmsResult result) {
        Map<String, RecipientResult> listed = new LinkedHashMap<>();
        JsonNode root = ResponseBodies.unwrapData(body);
        for (String field : List.of("results", "recipients")) {
            JsonNode items = root == null ? null : root.get(field);
            if (items != null && items.isArray()) {
                for (JsonNode item : items) {
                    if (item.isObject()) {
                        RecipientResult one = Inputs.MAPPER.convertValue(item, RecipientResult.class);
                        if (one.getRecipient() != null) {
                            listed.put(one.getRecipient(), one);
                        }
                    }
                }
            }
        }
        List<RecipientResult> results = new ArrayList<>();
        for (String recipient : result.getRecipients()) {
            RecipientResult one = listed.get(recipient);
            if (one == null) {
                one = new RecipientResult(recipient, result.getMessageId(), result.getStatus(), null);
            } else if (one.getMessageId() == null) {
                one.setMessageId(result.getMessageId());
            }
            results.add(one);
        }
        return results;
    }

    private static void finishSend(SendSmsResult result, Message out, boolean failOnRecipientError) {
        out.setBody(result);
        out.setHeader(MifumoConstants.MESSAGE_ID, result.getMessageId());
        out.setHeader(MifumoConstants.STATUS, result.getStatus());
        out.setHeader(MifumoConstants.RECIPIENT_COUNT, result.getRecipients().size());
        out.setHeader(MifumoConstants.DUPLICATES_REMOVED, result.getDuplicatesRemoved());
        out.setHeader(MifumoConstants.ENCODING, result.getEncoding());
        out.setHeader(MifumoConstants.SEGMENTS, result.getSegments());
        out.setHeader(MifumoConstants.CREDITS, result.getCredits());
        out.setHeader(MifumoConstants.FAILED_RECIPIENTS, result.getFailedRecipients());
        setOrRemove(out, MifumoConstants.NON_GSM_CHARACTER, result.getNonGsmCharacter());
        if (failOnRecipientError && !result.getFailedRecipients().isEmpty()) {
            throw new MifumoRecipientsFailedException(result);
        }
    }

    /**
     * One request per chunk of at most maxRecipientsPerRequest recipients, in order.
     */
    private static List<PreparedCall> splitSend(PreparedCall call, int maxRecipients) {
        SendSmsRequest whole = (SendSmsRequest) call.request().getBody();
        if (maxRecipients < 1 || whole.getRecipients().size() <= maxRecipients) {
            return List.of(call);
        }
        SendSmsResult expected = (SendSmsResult) call.context();
        List<PreparedCall> chunks = new ArrayList<>();
        List<String> recipients = whole.getRecipients();
        for (int start = 0; start < recipients.size(); start += maxRecipients) {
            List<String> part = List.copyOf(recipients.subList(start, Math.min(recipients.size(),
                    start + maxRecipients)));
            SendSmsRequest request = new SendSmsRequest(whole.getMessage(), part, whole.getSenderId());
            request.setTenantAccountId(whole.getTenantAccountId());
            SendSmsResult context = new SendSmsResult();
            context.setRecipients(part);
            context.setEncoding(expected.getEncoding());
            context.setSegments(expected.getSegments());
            context.setNonGsmCharacter(expected.getNonGsmCharacter());
            context.setDuplicatesRemoved(expected.getDuplicatesRemoved());
            chunks.add(new PreparedCall(call.request().withBody(request), context));
        }
        return chunks;
    }

    /**
     * Merges the chunks of a split send: every recipient keeps its chunk's outcome, so a failed chunk loses none of
     * the others' results (C35). When every chunk failed, the first failure fails the exchange.
     */
    private static SendSmsResult mergeChunks(List<ChunkOutcome> outcomes) throws Exception {
        SendSmsResult merged = new SendSmsResult();
        List<String> recipients = new ArrayList<>();
        List<RecipientResult> results = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Throwable firstFailure = null;
        boolean anySent = false;
        for (ChunkOutcome outcome : outcomes) {
            SendSmsResult expected = (SendSmsResult) outcome.call().context();
            recipients.addAll(expected.getRecipients());
            merged.setEncoding(expected.getEncoding());
            merged.setSegments(expected.getSegments());
            merged.setNonGsmCharacter(expected.getNonGsmCharacter());
            Throwable failure = outcome.failure();
            if (failure == null) {
                try {
                    SendSmsResult chunk = readSend(outcome.call(), outcome.response());
                    ids.add(chunk.getMessageId());
                    results.addAll(chunk.getRecipientResults());
                    anySent = true;
                    continue;
                } catch (Exception e) {
                    failure = e;
                }
            }
            firstFailure = firstFailure == null ? failure : firstFailure;
            boolean unknown = failure instanceof MifumoException mifumo && mifumo.isMayHaveBeenDelivered();
            for (String recipient : expected.getRecipients()) {
                results.add(new RecipientResult(recipient, null, unknown ? "unknown" : "failed",
                        failure.getMessage()));
            }
        }
        if (!anySent) {
            throw firstFailure instanceof Exception e ? e : new IllegalStateException(firstFailure);
        }
        merged.setRecipients(recipients);
        merged.setRecipientResults(results);
        merged.setMessageIds(ids);
        merged.setMessageId(ids.get(0));
        merged.setSuccess(firstFailure == null);
        merged.setStatus(firstFailure == null ? "sent" : "partially_sent");
        merged.setDuplicatesRemoved(((SendSmsResult) outcomes.get(0).call().context()).getDuplicatesRemoved());
        return merged;
    }

    private static PreparedCall prepareSend(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
        Object body = in.getBody();
        SendSmsRequest typed = body instanceof SendSmsRequest request ? request : null;
        String text = typed != null ? typed.getMessage() : in.getBody(String.class);

        // a recipients header that is present but empty is an error, never a reason to send to the defaults
        boolean headerGiven = in.getHeaders().containsKey(MifumoConstants.RECIPIENTS);
        Object recipientValue = in.getHeader(MifumoConstants.RECIPIENTS);
        if (!headerGiven) {
            recipientValue = typed != null && !typed.getRecipients().isEmpty()
                    ? typed.getRecipients() : configuration.getRecipients();
        }
        String senderId = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.SENDER_ID, String.class),
                typed != null ? typed.getSenderId() : null, configuration.getSenderId());
        String tenant = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.TENANT_ACCOUNT_ID, String.class),
                typed != null ? typed.getTenantAccountId() : null, configuration.getTenantAccountId());

        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("the message text is empty");
        }
        List<String> tokens = Recipients.tokens(recipientValue);
        Recipients recipients = Recipients.normalise(tokens, configuration.getDefaultRegion());
        if (tokens.isEmpty()) {
            problems.add(headerGiven
                    ? "no recipients: the header " + MifumoConstants.RECIPIENTS + " is empty"
                    : "no recipients: set the header " + MifumoConstants.RECIPIENTS + " or the option recipients");
        }
        recipients.getProblems().forEach(problem -> problems.add("invalid recipient " + problem));
        String senderProblem = SenderIds.check(senderId);
        if (senderProblem != null) {
            problems.add(senderId == null || senderId.isBlank()
                    ? "no sender ID: set the header " + MifumoConstants.SENDER_ID + " or the option senderId"
                    : senderProblem);
        }
        SmsEncoding encoding = text == null || text.isBlank() ? null : SmsEncoding.of(text);
        if (encoding != null && configuration.getMaxSegments() > 0
                && encoding.getSegments() > configuration.getMaxSegments()) {
            problems.add(tooManySegments(encoding, configuration.getMaxSegments()));
        }
        if (!problems.isEmpty()) {
            throw new MifumoValidationException(operation.uriName(), problems);
        }

        SendSmsRequest send = new SendSmsRequest(text, recipients.getNumbers(), senderId);
        send.setTenantAccountId(tenant);
        SendSmsResult expected = new SendSmsResult();
        expected.setRecipients(recipients.getNumbers());
        expected.setDuplicatesRemoved(recipients.getDuplicatesRemoved());
        expected.setEncoding(encoding.getEncoding());
        expected.setSegments(encoding.getSegments());
        expected.setNonGsmCharacter(encoding.getFirstNonGsmCharacter());
        return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(send),
                expected);
    }

    /** Names what makes the message long, so the route can shorten it or drop the character that forced UCS-2. */
    private static String tooManySegments(SmsEncoding encoding, int maxSegments) {
        String message = "the message takes " + encoding.getSegments() + " segments in " + encoding.getEncoding()
                         + " (" + encoding.getUnits() + (SmsEncoding.GSM_7.equals(encoding.getEncoding())
                                 ? " septets" : " UTF-16 units") + "), more than maxSegments=" + maxSegments;
        if (encoding.getFirstNonGsmCharacter() != null) {
            String character = encoding.getFirstNonGsmCharacter();
            message += "; UCS-2 because of the character '" + character + "' (U+"
                       + String.format("%04X", character.codePointAt(0)) + "), which GSM-7 lacks";
        }
        return message;
    }
}
