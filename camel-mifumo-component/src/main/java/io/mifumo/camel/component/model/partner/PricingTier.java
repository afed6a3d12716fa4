package io.mifumo.camel.component.model.partner;

import java.math.BigDecimal;

/**
 * The partner pricing tiers of the reference ("Pricing Tiers"): Lite 1-49,999 SMS at 18.00 TZS, Standard
 * 50,000-149,999 at 14.00, Pro 250,000 and more at 12.00.
 * <p>
 * The reference gives no tier for 150,000-249,999 credits. Here the Standard price continues until Pro starts, so
 * that range is Standard at 14.00: a larger order never costs less per SMS than a smaller one, and nobody is
 * refused a price. The sandbox makes the same choice; if the live API decides otherwise, partner/pricing/calculate
 * is the authority.
 */
public enum PricingTier {

    LITE("Lite", 1, new BigDecimal("18.00")),
    STANDARD("Standard", 50_000, new BigDecimal("14.00")),
    PRO("Pro", 250_000, new BigDecimal("12.00"));

    /** The currency of every partner price. */
    public static final String CURRENCY = "TZS";

    private final String label;
    private final long minimumCredits;
    private final BigDecimal unitPrice;

    PricingTier(String label, long minimumCredits, BigDecimal unitPrice) {
        this.label = label;
        this.minimumCredits = minimumCredits;
        this.unitPrice = unitPrice;
    }

    /**
     * The tier of a number of credits: the highest tier whose minimum it reaches.
     *
     * @throws IllegalArgumentException when credits is below 1
     */
    public static PricingTier forCredits(long credits) {
        if (credits < LITE.minimumCredits) {
            throw new IllegalArgumentException("credits " + credits + " must be at least 1");
        }
        if (credits >= PRO.minimumCredits) {
            return PRO;
        }
        return credits >= STANDARD.minimumCredits ? STANDARD : LITE;
    }

    /** The name the API reports in {@code tier}: Lite, Standard or Pro. */
    public String label() {
        return label;
    }

    /** The fewest credits priced in this tier. */
    public long minimumCredits() {
        return minimumCredits;
    }

    /** The price of one credit in TZS, with two decimals. */
    public BigDecimal unitPrice() {
        return unitPrice;
    }
}
