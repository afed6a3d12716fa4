package io.mifumo.camel.sandbox;

import java.util.Arrays;

/** Works out the encoding and segment count of an SMS text the way a GSM gateway bills it. */
final class SmsEncoding {

    static final String GSM_7 = "GSM-7";
    static final String UCS_2 = "UCS-2";

    /**
     * GSM 03.38 basic character set, in table order, without the escape code (0x1B) that only introduces the
     * extension table. Each of these costs one septet.
     */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
            + " !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** GSM 03.38 extension table: escape code plus the character, so two septets each. */
    private static final String EXTENSION = "\f^{}\\[]~|€";

    /** GSM 03.38: one segment holds 160 septets; a concatenated part loses 7 to the UDH and holds 153. */
    private static final int GSM_SINGLE = 160;
    private static final int GSM_PART = 153;

    /** UCS-2: 140 octets are 70 UTF-16 units; a concatenated part holds 67. */
    private static final int UCS_SINGLE = 70;
    private static final int UCS_PART = 67;

    private SmsEncoding() {
    }

    /** Encoding, billable units and segment count of one text. */
    record Result(String encoding, int units, int segments) {
    }

    static Result of(String text) {
        int[] septetWidths = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septetWidths[i] = 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septetWidths[i] = 2;
            } else {
                // UCS-2 is billed in UTF-16 units: a character outside the BMP (a surrogate pair) is one 2-unit item
                int[] unitWidths = text.codePoints().map(Character::charCount).toArray();
                return new Result(UCS_2, text.length(), pack(unitWidths, UCS_SINGLE, UCS_PART));
            }
        }
        return new Result(GSM_7, Arrays.stream(septetWidths).sum(),
                pack(septetWidths, GSM_SINGLE, GSM_PART));
    }

    /**
     * Counts the parts a handset makes: items (an escape sequence, a surrogate pair) are never split between parts,
     * so a part may end one unit short.
     */
    private static int pack(int[] widths, int single, int part) {
        int total = Arrays.stream(widths).sum();
        if (total <= single) {
            return 1;
        }
        int parts = 1;
        int free = part;
        for (int width : widths) {
            if (width > free) {
                parts++;
                free = part;
            }
            free -= width;
        }
        return parts;
    }
}
