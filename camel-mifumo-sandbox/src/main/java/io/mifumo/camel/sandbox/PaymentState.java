package io.mifumo.camel.sandbox;

import java.util.Locale;

/** Status of a partner payment (package or custom purchase), as the API spells it on the wire. */
public enum PaymentState {

    PENDING(false),
    COMPLETED(true),
    FAILED(true),
    CANCELLED(true);

    private final boolean terminal;

    PaymentState(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the status is final: a final status never changes again. */
    public boolean isFinal() {
        return terminal;
    }

    /** The lower-case name used in JSON, e.g. {@code completed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, ignoring case; throws {@link IllegalArgumentException} naming the value if unknown. */
    public static PaymentState fromWire(String value) {
        if (value != null) {
            for (PaymentState state : values()) {
                if (state.wireName().equalsIgnoreCase(value.strip())) {
                    return state;
                }
            }
        }
        throw new IllegalArgumentException("Unknown payment status '" + value + "'; expected one of pending, "
                + "completed, failed, cancelled");
    }
}
