package io.mifumo.camel.sandbox;

import java.math.BigDecimal;

/**
 * The partner price list of the reference ("Pricing Tiers"): Lite 1-49,999 credits at 18.00 TZS, Standard
 * 50,000-149,999 at 14.00, Pro 250,000 and more at 12.00. The reference gives no tier for 150,000-249,999; the
 * sandbox keeps the Standard price there until Pro starts, and reports the tier as Standard.
 */
enum PartnerPricing {

    LITE("Lite", 1, new BigDecimal("18.00")),
    STANDARD("Standard", 50_000, new BigDecimal("14.00")),
    PRO("Pro", 250_000, new BigDecimal("12.00"));

    static final String CURRENCY = "TZS";

    private final String label;
    private final long from;
    private final BigDecimal unitPrice;

    PartnerPricing(String label, long from, BigDecimal unitPrice) {
        this.label = label;
        this.from = from;
        this.unitPrice = unitPrice;
    }

    /** The tier of a quantity of at least 1: the highest tier whose lower bound it reaches. */
    static PartnerPricing of(long credits) {
        if (credits < LITE.from) {
            throw new IllegalArgumentException("credits must be at least 1: " + credits);
        }
        PartnerPricing tier = LITE;
        for (PartnerPricing candidate : values()) {
            if (credits >= candidate.from) {
                tier = candidate;
            }
        }
        return tier;
    }

    String label() {
        return label;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    /** Credits times the unit price, in TZS; a whole amount without decimals, as the reference writes prices. */
    BigDecimal price(long credits) {
        return tidy(unitPrice.multiply(BigDecimal.valueOf(credits)));
    }

    /** A whole amount as an integer ({@code 90000}), any other with its decimals. */
    static BigDecimal tidy(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0) : amount;
    }
}
