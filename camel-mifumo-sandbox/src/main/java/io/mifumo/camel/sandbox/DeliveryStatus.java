package io.mifumo.camel.sandbox;

import java.util.Locale;

/** Delivery status of one recipient of a message, as the API spells it on the wire. */
public enum DeliveryStatus {

    SENT(false),
    DELIVERED(true),
    FAILED(true),
    REJECTED(true),
    EXPIRED(true);

    private final boolean terminal;

    DeliveryStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the status is final: a final status never changes again. */
    public boolean isFinal() {
        return terminal;
    }

    /** The lower-case name used in JSON, e.g. {@code delivered}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, ignoring case; throws {@link IllegalArgumentException} naming the value if unknown. */
    public static DeliveryStatus fromWire(String value) {
        if (value != null) {
            for (DeliveryStatus status : values()) {
                if (status.wireName().equalsIgnoreCase(value.trim())) {
                    return status;
                }
            }
        }
        throw new IllegalArgumentException("Unknown delivery status '" + value + "'; expected one of sent, delivered, "
                + "failed, rejected, expired");
    }
}
