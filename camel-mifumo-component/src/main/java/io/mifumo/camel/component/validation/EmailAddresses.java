package io.mifumo.camel.component.validation;

import java.util.regex.Pattern;

/**
 * A light check of e-mail addresses, enough to catch a swapped field or a typo before a request: something, an @,
 * and a domain with a dot, without spaces. The API has the last word.
 */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    /**
     * Returns null when the address looks like one, otherwise why it does not.
     *
     * @param field the JSON field name, for the message
     */
    public static String check(String field, String address) {
        if (address == null || address.isBlank()) {
            return "no " + field + ": an e-mail address is required";
        }
        if (!SHAPE.matcher(address.strip()).matches()) {
            return field + " '" + address + "' is not an e-mail address";
        }
        return null;
    }
}
