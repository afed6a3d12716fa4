package io.mifumo.camel.component.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MobileMoneyTest {

    @ParameterizedTest
    @ValueSource(strings = { "vodacom", "Vodacom", " TIGO ", "airtel", "HaloTel" })
    void providersIgnoreCaseAndAreSentLowerCase(String raw) {
        assertThat(MobileMoney.provider(raw)).isIn(MobileMoney.PROVIDERS).isEqualTo(raw.strip().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = { "mpesa", "tigopesa", "zantel", "vodacom tz", "" })
    void otherProvidersAreRefusedWithTheList(String raw) {
        assertThatThrownBy(() -> MobileMoney.provider(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vodacom, tigo, airtel, halotel");
    }

    @Test
    void unknownProviderIsNamed() {
        assertThatThrownBy(() -> MobileMoney.provider("M-Pesa")).hasMessageContaining("'M-Pesa'");
        assertThatThrownBy(() -> MobileMoney.provider(null)).hasMessageContaining("no mobile_money_provider");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0754000111", "+255754000111", "255754000111", "+255 754 000 111", "0754-000-111",
        "754000111", "00255754000111", "255754000111.0" })
    void buyerPhoneInEveryFormBecomesTheLocalFormOfTheReference(String raw) {
        // C27: the reference's buyer_phone example is local, 0614853618
        assertThat(MobileMoney.buyerPhone(raw)).isEqualTo("0754000111");
    }

    @Test
    void newNumberRangesAreLocalisedToo() {
        assertThat(MobileMoney.buyerPhone("+255620000333")).isEqualTo("0620000333");
        assertThat(MobileMoney.buyerPhone("0614853618")).isEqualTo("0614853618");
    }

    @Test
    void aNumberOfAnotherCountryIsRefusedNotRewritten() {
        assertThatThrownBy(() -> MobileMoney.buyerPhone("+254712345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'+254712345678'").hasMessageContaining("Tanzanian");
    }

    @ParameterizedTest
    @ValueSource(strings = { "07540001", "0754 ABC 111", "2.55754E+11" })
    void badNumbersAreRefusedWithTheValue(String raw) {
        assertThatThrownBy(() -> MobileMoney.buyerPhone(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("buyer_phone").hasMessageContaining(raw);
    }

    @Test
    void aMissingPhoneSaysWhatToGive() {
        assertThatThrownBy(() -> MobileMoney.buyerPhone(" ")).hasMessageContaining("no buyer_phone");
    }
}
