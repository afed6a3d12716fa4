package io.mifumo.camel.component.validation;

import java.math.BigDecimal;

import io.mifumo.camel.component.model.partner.PricingQuote;
import io.mifumo.camel.component.model.partner.PricingTier;

/**
 * Prices credits locally, as partner/pricing/calculate does, from the tiers of {@link PricingTier} (including its
 * choice for the 150,000-249,999 gap of the reference). No request is made.
 */
public final class PricingCalculator {

    private PricingCalculator() {
    }

    /**
     * The quote for a number of credits: credits, price (credits times the unit price, TZS), currency, unit price and
     * tier.
     *
     * @throws IllegalArgumentException when credits is below 1
     */
    public static PricingQuote quote(long credits) {
        PricingTier tier = PricingTier.forCredits(credits);
        PricingQuote quote = new PricingQuote();
        quote.setCredits(credits);
        quote.setPrice(tier.unitPrice().multiply(BigDecimal.valueOf(credits)));
        quote.setCurrency(PricingTier.CURRENCY);
        quote.setUnitPrice(tier.unitPrice());
        quote.setTier(tier.label());
        return quote;
    }
}
