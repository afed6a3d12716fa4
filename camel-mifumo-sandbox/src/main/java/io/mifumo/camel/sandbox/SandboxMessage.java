package io.mifumo.camel.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * Snapshot of one message the sandbox accepted, with the delivery state of each recipient at the time of the call.
 *
 * @param id              the {@code message_id} returned by the send
 * @param apiKey          the API key (account) that sent it
 * @param text            the message text as received
 * @param sender          the {@code sender_id}
 * @param recipients      distinct recipients in the order first given
 * @param recipientStates delivery state per recipient, same order
 * @param segments        SMS segments per recipient
 * @param encoding        {@code GSM-7} or {@code UCS-2}
 * @param creditsUsed     credits charged: recipients times segments
 * @param tenantAccountId the tenant whose credits paid, or {@code null}
 * @param status          message-level status derived from the recipients
 * @param sentAt          when the send was accepted
 * @param deliveredAt     when the last recipient reached a final status, or {@code null}
 */
public record SandboxMessage(String id, String apiKey, String text, String sender, List<String> recipients,
        List<RecipientState> recipientStates, int segments, String encoding, long creditsUsed, String tenantAccountId,
        DeliveryStatus status, Instant sentAt, Instant deliveredAt) {

    /** Delivery state of one recipient. */
    public record RecipientState(String recipient, DeliveryStatus status, Instant updatedAt) {
    }

    public SandboxMessage {
        recipients = List.copyOf(recipients);
        recipientStates = List.copyOf(recipientStates);
    }

    /** Status of one recipient; throws {@link IllegalArgumentException} if the message was not sent to it. */
    public DeliveryStatus status(String recipient) {
        for (RecipientState state : recipientStates) {
            if (state.recipient().equals(recipient)) {
                return state.status();
            }
        }
        throw new IllegalArgumentException("Message " + id + " has no recipient " + recipient);
    }
}
