package io.mifumo.camel.sandbox;

/** Works out the encoding and segment count of an SMS text the way a GSM gateway bills it. */
final class SmsEncoding {

    static final String GSM_7 = "GSM-7";
    static final String UCS_2 = "UCS-2";

    /**
     * GSM 03.38 basic character set, in table order, without the escape code (0x1B) that only introduces the
     * extension table. Each of these costs one septet.
     */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
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
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                // UCS-2 is billed in UTF-16 units, so a character outside the BMP (a surrogate pair) counts twice
                int units = text.length();
                return new Result(UCS_2, units, segments(units, UCS_SINGLE, UCS_PART));
            }
        }
        return new Result(GSM_7, septets, segments(septets, GSM_SINGLE, GSM_PART));
    }

    private static int segments(int units, int single, int part) {
        if (units <= single) {
            return 1;
        }
        return (units + part - 1) / part;
    }
}
