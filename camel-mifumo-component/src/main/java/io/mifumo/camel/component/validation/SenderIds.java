package io.mifumo.camel.component.validation;

import java.util.regex.Pattern;

/**
 * The sender ID rule of the mobile networks: an alphanumeric sender has at most 11 characters (letters, digits and
 * spaces, at least one letter); a numeric sender has at most 15 digits. A sender is never shortened silently.
 */
public final class SenderIds {

    public static final String RULE = "a sender ID is 1 to 11 letters, digits or spaces with at least one letter, or"
                                      + " a number of up to 15 digits";

    private static final Pattern ALPHANUMERIC = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");
    private static final Pattern NUMERIC = Pattern.compile("\\+?[0-9]{1,15}");

    private SenderIds() {
    }

    /**
     * Returns null when the sender ID is acceptable, otherwise why it is not.
     */
    public static String check(String senderId) {
        if (senderId == null || senderId.isBlank()) {
            return "the sender ID is missing";
        }
        if (ALPHANUMERIC.matcher(senderId).matches() || NUMERIC.matcher(senderId).matches()) {
            return null;
        }
        return "sender ID '" + senderId + "' (" + senderId.length() + " characters) is not allowed: " + RULE;
    }
}
