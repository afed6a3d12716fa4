package io.mifumo.camel.component.validation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the forms the issue names
            "0614853618|+255614853618",
            "255614853618|+255614853618",
            "+255 614 853 618|+255614853618",
            "+255-614-853-618|+255614853618",
            // C01: new operator ranges are not refused by a prefix table
            "+255620000333|+255620000333",
            "0692000444|+255692000444",
            "0725000555|+255725000555",
            // C02: mixed forms
            "+255 754 000 111|+255754000111",
            "255754000111|+255754000111",
            "0754-000-111|+255754000111",
            "0754 000 111|+255754000111",
            "754000111|+255754000111",
            // C23: spreadsheet damage that loses nothing
            "\"0754000111\"|+255754000111",
            "255754000111.0|+255754000111",
            "(0754) 000-111|+255754000111",
            // D15: pasted from documents: no-break spaces, typographic dashes, direction marks, a BOM
            "+255\u00A0754\u00A0000\u00A0111|+255754000111",
            "0754\u2013000\u2013111|+255754000111",
            "\u200E+255754000111|+255754000111",
            "\uFEFF0754000111|+255754000111",
            "00255754000111|+255754000111",
    })
    void normalisesToE164(String raw, String expected) {
        assertThat(PhoneNumbers.toE164(raw, "TZ")).isEqualTo(expected);
    }

    @Test
    void anUnknownRegionIsRefusedByName() {
        assertThat(PhoneNumbers.region("tz")).isEqualTo("TZ");
        assertThatThrownBy(() -> PhoneNumbers.region("XX")).hasMessageContaining("'XX'");
    }

    @Test
    void usesTheDefaultRegionForLocalNumbers() {
        assertThat(PhoneNumbers.toE164("0712 345678", "KE")).isEqualTo("+254712345678");
        assertThat(PhoneNumbers.toE164("+255754000111", "KE")).isEqualTo("+255754000111");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2.55754E+11", "2.55614853618E11", "2.55754e11" })
    void refusesScientificNotationBecauseDigitsWereLost(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.toE164(raw, "TZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(raw)
                .hasMessageContaining("scientific notation");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0754ABC111", "call-me", "+255 754 000 11x", "0800FLOWERS", "075400011.1", "0754.000.111" })
    void refusesLettersInsteadOfReadingThemAsKeypadDigits(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.toE164(raw, "TZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(raw)
                .hasMessageContaining("not a phone number");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0614", "+2556148536189999", "12", "" })
    void refusesNumbersOfTheWrongLength(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.toE164(raw, "TZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + raw + "'");
    }

    @Test
    void recipientsSplitOnCommasAndSemicolonsAndDropDuplicates() {
        // C03 and C04
        assertThat(Recipients.tokens("0754000111,0655000222")).containsExactly("0754000111", "0655000222");
        assertThat(Recipients.tokens("0754000111; 0655000222")).containsExactly("0754000111", "0655000222");

        Recipients recipients = Recipients.normalise(
                List.of("0754000111", "+255754000111", "255 754 000 111", "0655000222"), "TZ");
        assertThat(recipients.getNumbers()).containsExactly("+255754000111", "+255655000222");
        assertThat(recipients.getDuplicatesRemoved()).isEqualTo(2);
        assertThat(recipients.getProblems()).isEmpty();
    }

    @Test
    void aBadTokenIsNamedAndNeverSilentlyDropped() {
        Recipients recipients = Recipients.normalise(Recipients.tokens("0754000111, hello, 0655000222"), "TZ");
        assertThat(recipients.getProblems()).singleElement().asString().contains("'hello'");
    }

    @Test
    void readsStringsListsArraysAndWholeNumbers() {
        // C31
        assertThat(Recipients.tokens(List.of("0754000111", "0655000222"))).hasSize(2);
        assertThat(Recipients.tokens(new String[] { "0754000111", "0655000222" })).hasSize(2);
        assertThat(Recipients.tokens(255754000111L)).containsExactly("255754000111");
        assertThat(Recipients.tokens(List.of(" ", ""))).isEmpty();
        assertThat(Recipients.tokens(null)).isEmpty();
        // a double may have lost digits already, so it reaches the normaliser in a form it refuses by name
        Recipients fromDouble = Recipients.normalise(Recipients.tokens(2.55754E11), "TZ");
        assertThat(fromDouble.getNumbers()).isEmpty();
        assertThat(fromDouble.getProblems()).singleElement().asString().contains("scientific notation");
    }
}
