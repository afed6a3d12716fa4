package io.mifumo.camel.component.validation;

/**
 * Works out whether a message fits GSM-7 (GSM 03.38) or needs UCS-2, and how many segments it takes.
 * <p>
 * GSM-7: 160 units in a single SMS, 153 per segment when concatenated; characters of the extension table take two
 * units. UCS-2: 70 UTF-16 units in a single SMS, 67 per segment.
 */
public final class SmsEncoding {

    public static final String GSM_7 = "GSM-7";
    public static final String UCS_2 = "UCS-2";

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
                                        + " !\"#¤%&'()*+,-./0123456789:;<=>?"
                                        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private final String encoding;
    private final int units;
    private final int segments;
    private final String firstNonGsmCharacter;

    private SmsEncoding(String encoding, int units, int segments, String firstNonGsmCharacter) {
        this.encoding = encoding;
        this.units = units;
        this.segments = segments;
        this.firstNonGsmCharacter = firstNonGsmCharacter;
    }

    public static SmsEncoding of(String text) {
        int gsmUnits = 0;
        String nonGsm = null;
        for (int i = 0; i < text.length() && nonGsm == null; i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                gsmUnits++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                gsmUnits += 2;
            } else {
                nonGsm = new String(Character.toChars(text.codePointAt(i)));
            }
        }
        if (nonGsm == null) {
            return new SmsEncoding(GSM_7, gsmUnits, segments(text, gsmUnits, 160, 153, true), null);
        }
        int ucsUnits = text.length();
        return new SmsEncoding(UCS_2, ucsUnits, segments(text, ucsUnits, 70, 67, false), nonGsm);
    }

    /**
     * Fills segments as a handset does: an extension character's two septets, or a surrogate pair's two UTF-16
     * units, never straddle two segments, so a segment may carry one unit less than its size.
     */
    private static int segments(String text, int units, int single, int perPart, boolean gsm) {
        if (units <= single) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int width = gsm ? (EXTENSION.indexOf(c) >= 0 ? 2 : 1)
                    : (Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1);
            if (!gsm && width == 2) {
                i++;
            }
            if (used + width > perPart) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return segments;
    }

    /** GSM-7 or UCS-2. */
    public String getEncoding() {
        return encoding;
    }

    /** Septets for GSM-7, UTF-16 units for UCS-2. */
    public int getUnits() {
        return units;
    }

    public int getSegments() {
        return segments;
    }

    /** The first character that forced UCS-2, or null for GSM-7. */
    public String getFirstNonGsmCharacter() {
        return firstNonGsmCharacter;
    }
}
