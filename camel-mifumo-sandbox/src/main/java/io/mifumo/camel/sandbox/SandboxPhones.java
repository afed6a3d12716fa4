package io.mifumo.camel.sandbox;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sandbox's own reading of phone numbers for the messaging API, which the reference says "will attempt to
 * normalize": Tanzanian local forms become E.164, and what spreadsheets do to a phone column is undone where no digit
 * was lost.
 */
final class SandboxPhones {

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern DECORATION = Pattern.compile("[\\s\\-().\\u00a0]");

    /** Country calling codes the validate-phone answer names; others are valid E.164 with no country name. */
    private static final Map<String, String[]> COUNTRIES = Map.ofEntries(
            Map.entry("255", new String[] { "Tanzania", "TZ" }),
            Map.entry("254", new String[] { "Kenya", "KE" }),
            Map.entry("256", new String[] { "Uganda", "UG" }),
            Map.entry("250", new String[] { "Rwanda", "RW" }),
            Map.entry("257", new String[] { "Burundi", "BI" }),
            Map.entry("243", new String[] { "DR Congo", "CD" }),
            Map.entry("260", new String[] { "Zambia", "ZM" }),
            Map.entry("265", new String[] { "Malawi", "MW" }),
            Map.entry("258", new String[] { "Mozambique", "MZ" }));

    private SandboxPhones() {
    }

    /**
     * The number in E.164, or throws {@link IllegalArgumentException} saying why it is refused.
     * <ul>
     * <li>{@code 0754000111}, {@code 255754000111}, {@code 00255754000111}, {@code +255 754-000-111} are read as
     * written;</li>
     * <li>{@code 754000111}, a Tanzanian mobile number whose leading zero a spreadsheet dropped, gets it back;</li>
     * <li>{@code 255754000111.0}, a number a spreadsheet stored as a decimal, loses the {@code .0};</li>
     * <li>{@code 2.55754E+11} is refused: the spreadsheet already rounded digits away.</li>
     * </ul>
     */
    static String normalise(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Phone number is required.");
        }
        if (SCIENTIFIC.matcher(value).matches()) {
            throw new IllegalArgumentException("Phone number '" + value + "' is in scientific notation: digits were"
                    + " lost in a spreadsheet. Format the column as text and export again.");
        }
        if (value.matches("[0-9]+\\.0+")) {
            value = value.substring(0, value.indexOf('.'));
        }
        String compact = DECORATION.matcher(value).replaceAll("");
        String e164;
        if (compact.startsWith("+")) {
            e164 = compact;
        } else if (compact.startsWith("00")) {
            e164 = "+" + compact.substring(2);
        } else if (compact.matches("0[67][0-9]{8}")) {
            e164 = "+255" + compact.substring(1);
        } else if (compact.matches("255[67][0-9]{8}")) {
            e164 = "+" + compact;
        } else if (compact.matches("[67][0-9]{8}")) {
            e164 = "+255" + compact;
        } else {
            e164 = null;
        }
        if (e164 == null || !E164.matcher(e164).matches()
                || e164.startsWith("+255") && !e164.matches("\\+255[1-9][0-9]{8}")) {
            throw new IllegalArgumentException("Invalid phone number format: '" + value + "'.");
        }
        return e164;
    }

    /** Country name and ISO code of an E.164 number, or {@code null} when the sandbox does not know it. */
    static String[] country(String e164) {
        for (int length = 1; length <= 3; length++) {
            String[] country = COUNTRIES.get(e164.substring(1, 1 + length));
            if (country != null) {
                return country;
            }
        }
        return null;
    }
}
