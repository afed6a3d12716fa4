package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.messaging.PhoneValidation;
import io.mifumo.camel.component.model.messaging.QuickSmsRequest;
import io.mifumo.camel.component.model.messaging.QuickSmsResult;
import io.mifumo.camel.component.model.messaging.SenderId;
import io.mifumo.camel.component.model.messaging.SenderIdRequest;
import io.mifumo.camel.component.model.messaging.SenderIdRequestResult;
import io.mifumo.camel.component.model.messaging.SmsStats;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.validation.Recipients;
import io.mifumo.camel.component.validation.SenderIds;
import io.mifumo.camel.component.validation.SmsEncoding;
import org.apache.camel.Message;

/**
 * Bindings of the sender ID and SMS operations of the messaging API.
 */
final class MessagingBindings {

    static final OperationBinding SENDER_IDS_LIST = new ListBinding<>(SenderId.class, (configuration, in) -> Map.of());

    /**
     * sender-ids/request: a SenderIdRequest, or the sender ID as a String body, or the header CamelMifumoSenderId or
     * the senderId option. The sender ID is checked against the network rule before anything is sent.
     */
    static final OperationBinding SENDER_IDS_REQUEST = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            SenderIdRequest request = in.getBody() instanceof SenderIdRequest typed ? typed
                    : in.getBody() instanceof Map<?, ?> || isJsonObject(in)
                    ? MessagingInputs.body(operation, in, SenderIdRequest.class) : new SenderIdRequest();
            if (request.getSenderId() == null && in.getBody() instanceof String text && !isJsonObject(in)) {
                request.setSenderId(Inputs.firstNonEmpty(text));
            }
            request.setSenderId(Inputs.firstNonEmpty(request.getSenderId(),
                    in.getHeader(MifumoConstants.SENDER_ID, String.class), configuration.getSenderId()));
            request.setReason(Inputs.firstNonEmpty(request.getReason(),
                    MessagingInputs.text(in, MifumoConstants.REASON, configuration.getReason())));
            String problem = request.getSenderId() == null
                    ? "no sender ID: give it as the body, the header " + MifumoConstants.SENDER_ID
                      + " or the option senderId"
                    : SenderIds.check(request.getSenderId());
            if (problem != null) {
                throw new MifumoValidationException(operation.uriName(), List.of(problem));
            }
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(request));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            SenderIdRequestResult result = Inputs.object(response.getBody(), SenderIdRequestResult.class);
            out.setBody(result);
            if (result.getSenderId() != null) {
                ListBinding.setOrRemove(out, MifumoConstants.STATUS, result.getSenderId().getStatus());
            }
        }
    };

    /** sender-ids/status: the sender ID (or the id of its request) from the header or the senderId option. */
    static final OperationBinding SENDER_IDS_STATUS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            String senderId = MessagingInputs.id(operation, in, MifumoConstants.SENDER_ID, configuration.getSenderId(),
                    "senderId", "sender ID");
            return new PreparedCall(Inputs.request(operation, configuration,
                    operation.expandPath(Map.of("sender_id", senderId))));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            SenderId status = Inputs.object(response.getBody(), SenderId.class);
            out.setBody(status);
            ListBinding.setOrRemove(out, MifumoConstants.STATUS, status.getStatus());
        }
    };

    /**
     * sms/quick: the text from the body (a String or a QuickSmsRequest), recipients and sender as for sms/send, all
     * checked before anything is sent; the sender may be left out (the account's default sender is used).
     */
    static final OperationBinding QUICK = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            QuickSmsRequest typed = in.getBody() instanceof QuickSmsRequest request ? request : null;
            String text = typed != null ? typed.getMessage() : in.getBody(String.class);
            boolean headerGiven = in.getHeaders().containsKey(MifumoConstants.RECIPIENTS);
            Object recipientValue = headerGiven ? in.getHeader(MifumoConstants.RECIPIENTS)
                    : typed != null && typed.getRecipients() != null && !typed.getRecipients().isEmpty()
                    ? typed.getRecipients() : configuration.getRecipients();
            String senderId = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.SENDER_ID, String.class),
                    typed != null ? typed.getSenderId() : null, configuration.getSenderId());

            List<String> problems = new ArrayList<>();
            if (text == null || text.isBlank()) {
                problems.add("the message text is empty");
            }
            List<String> tokens = Recipients.tokens(recipientValue);
            Recipients recipients = Recipients.normalise(tokens, configuration.getDefaultRegion());
            if (tokens.isEmpty()) {
                problems.add("no recipients: set the header " + MifumoConstants.RECIPIENTS + " or the option"
                             + " recipients");
            }
            recipients.getProblems().forEach(problem -> problems.add("invalid recipient " + problem));
            if (senderId != null && SenderIds.check(senderId) != null) {
                problems.add(SenderIds.check(senderId));
            }
            if (!problems.isEmpty()) {
                throw new MifumoValidationException(operation.uriName(), problems);
            }

            QuickSmsRequest request = new QuickSmsRequest();
            request.setMessage(text);
            request.setRecipients(recipients.getNumbers());
            request.setSenderId(senderId);
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(request),
                    recipients);
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            QuickSmsResult result = Inputs.object(response.getBody(), QuickSmsResult.class);
            Recipients recipients = (Recipients) call.context();
            QuickSmsRequest sent = (QuickSmsRequest) call.request().getBody();
            SmsEncoding encoding = SmsEncoding.of(sent.getMessage());
            out.setBody(result);
            out.setHeader(MifumoConstants.RECIPIENT_COUNT, recipients.getNumbers().size());
            out.setHeader(MifumoConstants.DUPLICATES_REMOVED, recipients.getDuplicatesRemoved());
            out.setHeader(MifumoConstants.ENCODING, encoding.getEncoding());
            out.setHeader(MifumoConstants.SEGMENTS, encoding.getSegments());
        }
    };

    static final OperationBinding STATS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            // the reference wraps the figures as {"success": true, "stats": {...}}
            JsonNode body = response.getBody();
            JsonNode stats = body != null && body.path("stats").isObject() ? body.get("stats") : body;
            out.setBody(Inputs.object(stats, SmsStats.class));
        }
    };

    /** sms/validate-phone: the number as the body. */
    static final OperationBinding VALIDATE_PHONE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            String phone = Inputs.firstNonEmpty(in.getBody(String.class));
            if (phone == null) {
                throw new MifumoValidationException(operation.uriName(), List.of(
                        "no phone number: give it as the body"));
            }
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate())
                    .body(Collections.singletonMap("phone_number", phone)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), PhoneValidation.class));
        }
    };

    private MessagingBindings() {
    }

    private static boolean isJsonObject(Message in) {
        return in.getBody() instanceof String text && text.strip().startsWith("{");
    }
}
