package io.mifumo.camel.component.consumer;

import java.util.Locale;
import java.util.Set;

/**
 * Which message statuses are final: once one is reached, a status never moves back.
 */
public final class Statuses {

    private static final Set<String> FINAL = Set.of(
            "delivered", "failed", "rejected", "expired", "undelivered", "undeliverable");

    private Statuses() {
    }

    public static boolean isFinal(String status) {
        return status != null && FINAL.contains(status.strip().toLowerCase(Locale.ROOT));
    }
}
