package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.MessageStatus;
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

    /** The most items the API returns in one page (its documented page_size maximum). */
    static final int MAX_PAGE_SIZE = 100;

    static final OperationBinding SEND = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return prepareSend(operation, configuration, in);
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
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
            out.setBody(result);
            out.setHeader(MifumoConstants.MESSAGE_ID, result.getMessageId());
            out.setHeader(MifumoConstants.STATUS, result.getStatus());
            out.setHeader(MifumoConstants.RECIPIENT_COUNT, result.getRecipients().size());
            out.setHeader(MifumoConstants.DUPLICATES_REMOVED, result.getDuplicatesRemoved());
            out.setHeader(MifumoConstants.ENCODING, result.getEncoding());
            out.setHeader(MifumoConstants.SEGMENTS, result.getSegments());
            out.setHeader(MifumoConstants.CREDITS, result.getCredits());
            setOrRemove(out, MifumoConstants.NON_GSM_CHARACTER, result.getNonGsmCharacter());
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
            boolean more = page.hasNext() != null ? page.hasNext() : isFullPage(page.items().size(), paging[0]);
            setOrRemove(out, MifumoConstants.NEXT_OFFSET, more ? paging[1] + page.items().size() : null);
        }
    };

    private SmsBindings() {
    }

    /**
     * Whether a page without a next link may have a successor: it is full, counting that the API serves at most 100
     * items a page whatever limit was asked for.
     */
    static boolean isFullPage(int items, int limit) {
        return items > 0 && items >= Math.min(limit, MAX_PAGE_SIZE);
    }

    private static void setOrRemove(Message out, String header, Object value) {
        if (value == null) {
            out.removeHeader(header);
        } else {
            out.setHeader(header, value);
        }
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
        if (!problems.isEmpty()) {
            throw new MifumoValidationException(operation.uriName(), problems);
        }

        SendSmsRequest send = new SendSmsRequest(text, recipients.getNumbers(), senderId);
        send.setTenantAccountId(tenant);
        SmsEncoding encoding = SmsEncoding.of(text);
        SendSmsResult expected = new SendSmsResult();
        expected.setRecipients(recipients.getNumbers());
        expected.setDuplicatesRemoved(recipients.getDuplicatesRemoved());
        expected.setEncoding(encoding.getEncoding());
        expected.setSegments(encoding.getSegments());
        expected.setNonGsmCharacter(encoding.getFirstNonGsmCharacter());
        return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(send),
                expected);
    }
}
