package io.mifumo.camel.component.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.MessageTracker;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.MifumoEndpoint;
import io.mifumo.camel.component.binding.Inputs;
import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.model.sms.MessageStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls sms/status for every tracked message id and emits each status change once, until the status is final;
 * then the id is no longer polled.
 */
public class MessageStatusConsumer extends MifumoPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MessageStatusConsumer.class);

    private MessageTracker tracker;

    public MessageStatusConsumer(MifumoEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void doStart() throws Exception {
        tracker = configuration.getMessageTracker() != null
                ? configuration.getMessageTracker() : endpoint.getComponent().getMessageTracker();
        if (configuration.getMessageIds() != null) {
            for (String id : configuration.getMessageIds().split(",")) {
                tracker.track(id);
            }
        }
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        List<Pending> pending = new ArrayList<>();
        Exception firstFailure = null;
        int failures = 0;
        List<String> ids = List.copyOf(tracker.trackedIds());
        for (String id : ids) {
            MessageStatus status;
            try {
                status = Inputs.object(fetch(request(endpoint.getResolvedOperation()
                        .expandPath(Map.of("message_id", id)))), MessageStatus.class);
            } catch (MifumoNotFoundException e) {
                LOG.warn("Message {} is unknown to the API (HTTP 404); it is no longer tracked", id);
                tracker.untrack(id);
                continue;
            } catch (Exception e) {
                // one message failing must not hold back the others: they are still polled and emitted
                LOG.debug("Status of {} could not be read: {}", id, e.getMessage());
                firstFailure = firstFailure == null ? e : firstFailure;
                failures++;
                continue;
            }
            String key = id + "|" + status.getStatus();
            boolean isFinal = Statuses.isFinal(status.getStatus());
            if (repository.contains(key) || !isFinal && repository.contains(id + "|final")) {
                if (isFinal) {
                    tracker.untrack(id);
                }
                continue;
            }
            Exchange exchange = createExchange(false);
            Message message = exchange.getMessage();
            message.setBody(status);
            message.setHeader(MifumoConstants.MESSAGE_ID, id);
            message.setHeader(MifumoConstants.STATUS, status.getStatus());
            message.setHeader(MifumoConstants.SENT_AT, status.getSentAt());
            message.setHeader(MifumoConstants.DELIVERED_AT, status.getDeliveredAt());
            message.setHeader(MifumoConstants.FINAL, isFinal);
            pending.add(new Pending(exchange, () -> {
                repository.add(key);
                if (isFinal) {
                    repository.add(id + "|final");
                    tracker.untrack(id);
                }
            }, "status " + key));
        }
        int emitted = emit(pending);
        if (firstFailure != null && failures == ids.size()) {
            // every read failed: a poll error, for the poll strategy and the backoff
            throw firstFailure;
        }
        return emitted;
    }
}
