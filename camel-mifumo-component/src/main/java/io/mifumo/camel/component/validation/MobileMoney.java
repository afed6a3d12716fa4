package io.mifumo.camel.component.validation;

import java.util.List;
import java.util.Locale;

/**
 * The rules of ZenoPay mobile-money payments in the partner API: the supported providers and the form of the
 * buyer's phone number.
 */
public final class MobileMoney {

    /** The providers the reference supports ("Supported Providers"), as the API spells them. */
    public static final List<String> PROVIDERS = List.of("vodacom", "tigo", "airtel", "halotel");

    /** Custom purchases: "minimum 100" credits. */
    public static final long MINIMUM_CUSTOM_CREDITS = 100;

    private static final String TANZANIA = "+255";

    private MobileMoney() {
    }

    /**
     * The provider as the API spells it: case and surrounding spaces do not matter.
     *
     * @throws IllegalArgumentException naming the value and listing the supported providers
     */
    public static String provider(String raw) {
        String provider = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (provider.isEmpty()) {
            throw new IllegalArgumentException("no mobile_money_provider: use one of " + String.join(", ", PROVIDERS));
        }
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("mobile_money_provider '" + raw + "' is not supported: use one of "
                                               + String.join(", ", PROVIDERS));
        }
        return provider;
    }

    /**
     * The buyer's phone in the form the reference documents for {@code buyer_phone}: the local Tanzanian form, 0 and
     * nine digits ({@code 0614853618}). Local and international input are accepted ({@code 0614853618},
     * {@code +255 614 853 618}, {@code 255614853618}). The providers are Tanzanian networks, so a number of another
     * country is refused rather than rewritten into a local form that would name a different phone.
     *
     * @throws IllegalArgumentException naming the value and why it was refused
     */
    public static String buyerPhone(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("no buyer_phone: give the Tanzanian number that pays, e.g. 0614853618");
        }
        String e164;
        try {
            e164 = PhoneNumbers.toE164(raw, "TZ");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("buyer_phone " + e.getMessage());
        }
        if (!e164.startsWith(TANZANIA) || e164.length() != TANZANIA.length() + 9) {
            throw new IllegalArgumentException("buyer_phone '" + raw + "' is not a Tanzanian (+255) mobile number;"
                                               + " the mobile-money providers are Tanzanian networks");
        }
        return "0" + e164.substring(TANZANIA.length());
    }
}
