package io.mifumo.camel.component.validation;

import io.mifumo.camel.component.model.partner.PricingQuote;
import io.mifumo.camel.component.model.partner.PricingTier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PricingCalculatorTest {

    @ParameterizedTest
    @CsvSource({
        "1, 18, 18.00, Lite",
        "100, 1800, 18.00, Lite",
        "5000, 90000, 18.00, Lite",
        "49999, 899982, 18.00, Lite",
        "50000, 700000, 14.00, Standard",
        "149999, 2099986, 14.00, Standard",
        // the reference leaves 150,000-249,999 without a tier: the Standard price continues until Pro starts
        "150000, 2100000, 14.00, Standard",
        "200000, 2800000, 14.00, Standard",
        "249999, 3499986, 14.00, Standard",
        "250000, 3000000, 12.00, Pro",
        "1000000, 12000000, 12.00, Pro"
    })
    void pricesByTier(long credits, String price, String unitPrice, String tier) {
        PricingQuote quote = PricingCalculator.quote(credits);

        assertThat(quote.getCredits()).isEqualTo(credits);
        assertThat(quote.getPrice()).isEqualByComparingTo(price);
        assertThat(quote.getUnitPrice()).isEqualByComparingTo(unitPrice);
        assertThat(quote.getUnitPrice().scale()).isEqualTo(2);
        assertThat(quote.getCurrency()).isEqualTo("TZS");
        assertThat(quote.getTier()).isEqualTo(tier);
    }

    @Test
    void theReferenceExampleOf5000Credits() {
        PricingQuote quote = PricingCalculator.quote(5000);

        assertThat(quote.getPrice()).isEqualByComparingTo("90000");
        assertThat(quote.getTier()).isEqualTo("Lite");
    }

    @Test
    void theUnitPriceNeverRisesWithTheQuantity() {
        // also across the gap: 150,000-249,999 stays at 14.00, between Standard's 14.00 and Pro's 12.00
        for (long credits = 1; credits < 400_000; credits += 997) {
            assertThat(PricingCalculator.quote(credits + 1).getUnitPrice())
                    .isLessThanOrEqualTo(PricingCalculator.quote(credits).getUnitPrice());
        }
    }

    @Test
    void tiersByTheirLowerBounds() {
        assertThat(PricingTier.forCredits(49_999)).isEqualTo(PricingTier.LITE);
        assertThat(PricingTier.forCredits(50_000)).isEqualTo(PricingTier.STANDARD);
        assertThat(PricingTier.forCredits(249_999)).isEqualTo(PricingTier.STANDARD);
        assertThat(PricingTier.forCredits(250_000)).isEqualTo(PricingTier.PRO);
        assertThat(PricingTier.PRO.minimumCredits()).isEqualTo(250_000);
        assertThat(PricingTier.STANDARD.label()).isEqualTo("Standard");
    }

    @Test
    void nothingBelowOneCredit() {
        assertThatThrownBy(() -> PricingCalculator.quote(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("credits 0 must be at least 1");
        assertThatThrownBy(() -> PricingCalculator.quote(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
