package io.mifumo.camel.component.validation;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises phone numbers to E.164 with libphonenumber.
 * <p>
 * A number is accepted when it has a possible length for its country. Validity is deliberately not decided by
 * operator prefix tables, which lag behind new number ranges (a Tanzanian 062x number is as good as a 075x one).
 * Letters are refused (libphonenumber would read them as keypad digits), and so is scientific notation from
 * spreadsheets, because the digits it dropped cannot be recovered.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()\\-]+");
    // pasted from documents and spreadsheets: no-break and thin spaces, typographic dashes, direction marks, BOMs
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]+");
    private static final Pattern SPREADSHEET_DECIMAL = Pattern.compile("\\+?[0-9]+\\.0+");

    private PhoneNumbers() {
    }

    /**
     * Checks a region code for reading local numbers.
     *
     * @return the region in upper case
     * @throws IllegalArgumentException naming the region when libphonenumber does not know it
     */
    public static String region(String region) {
        String upper = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(upper)) {
            throw new IllegalArgumentException("defaultRegion '" + region + "' is not an ISO 3166 region code that"
                                               + " libphonenumber knows (for Tanzania: TZ)");
        }
        return upper;
    }

    /**
     * Returns the number in E.164 form.
     *
     * @throws IllegalArgumentException naming the value and why it was refused
     */
    public static String toE164(String raw, String defaultRegion) {
        String candidate = raw == null ? "" : raw;
        candidate = INVISIBLE.matcher(candidate).replaceAll("");
        candidate = SPACES.matcher(candidate).replaceAll(" ");
        candidate = DASHES.matcher(candidate).replaceAll("-").strip();
        if (candidate.length() > 1 && candidate.startsWith("\"") && candidate.endsWith("\"")) {
            candidate = candidate.substring(1, candidate.length() - 1).strip();
        }
        if (candidate.isEmpty()) {
            throw new IllegalArgumentException("'" + raw + "' is empty");
        }
        if (SCIENTIFIC.matcher(candidate).matches()) {
            throw new IllegalArgumentException("'" + raw + "' is in scientific notation (a spreadsheet number that lost"
                                               + " digits); write the number as text");
        }
        if (SPREADSHEET_DECIMAL.matcher(candidate).matches()) {
            // 255754000111.0: a spreadsheet cell formatted as a number; the fraction carries no digits of the number
            candidate = candidate.substring(0, candidate.indexOf('.'));
        }
        if (!ALLOWED.matcher(candidate).matches()) {
            throw new IllegalArgumentException("'" + raw + "' is not a phone number (only digits, spaces and + - ( )"
                                               + " are allowed)");
        }

        if (candidate.startsWith("00") && !candidate.startsWith("000")) {
            // 00 is the international prefix in most of the world, though Tanzania's own is 000
            candidate = "+" + candidate.substring(2);
        }

        PhoneNumber number;
        try {
            String region = defaultRegion == null ? null : defaultRegion.toUpperCase(Locale.ROOT);
            number = UTIL.parse(candidate, region);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a phone number (" + e.getMessage() + ")");
        }
        if (UTIL.isPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
            String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
            throw new IllegalArgumentException("'" + raw + "' has the wrong number of digits for a "
                                               + region + " number");
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
