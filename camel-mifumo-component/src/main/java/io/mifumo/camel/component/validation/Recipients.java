package io.mifumo.camel.component.validation;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads recipients from what a route hands over (a String, a collection, an array) and normalises them.
 */
public final class Recipients {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n\\r]");

    private final List<String> numbers;
    private final int duplicatesRemoved;
    private final List<String> problems;

    private Recipients(List<String> numbers, int duplicatesRemoved, List<String> problems) {
        this.numbers = numbers;
        this.duplicatesRemoved = duplicatesRemoved;
        this.problems = problems;
    }

    /**
     * Splits the value into single numbers: a String on commas, semicolons and line breaks; a collection or an array
     * element by element (each element may itself hold several numbers). Blank entries are skipped.
     */
    public static List<String> tokens(Object value) {
        List<String> tokens = new ArrayList<>();
        collect(value, tokens);
        return tokens;
    }

    private static void collect(Object value, List<String> tokens) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collect(item, tokens));
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                collect(Array.get(value, i), tokens);
            }
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            tokens.add(value.toString());
        } else if (value instanceof Number number) {
            // a floating-point value may already have lost digits; let the normaliser refuse it by name
            tokens.add(String.valueOf(number.doubleValue()));
        } else {
            for (String part : SEPARATORS.split(value.toString())) {
                if (!part.isBlank()) {
                    tokens.add(part.strip());
                }
            }
        }
    }

    /**
     * Normalises every token to E.164, drops duplicates (keeping the first) and records every refused token.
     */
    public static Recipients normalise(List<String> tokens, String defaultRegion) {
        Set<String> unique = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int accepted = 0;
        for (String token : tokens) {
            try {
                unique.add(PhoneNumbers.toE164(token, defaultRegion));
                accepted++;
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return new Recipients(List.copyOf(unique), accepted - unique.size(), problems);
    }

    /** Distinct numbers in E.164, in the order given. */
    public List<String> getNumbers() {
        return numbers;
    }

    public int getDuplicatesRemoved() {
        return duplicatesRemoved;
    }

    /** One message per refused token, naming it. */
    public List<String> getProblems() {
        return problems;
    }
}
