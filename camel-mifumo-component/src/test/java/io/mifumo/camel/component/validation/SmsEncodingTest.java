package io.mifumo.camel.component.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsEncodingTest {

    @Test
    void extensionCharactersCountTwice() {
        // C05
        SmsEncoding fits = SmsEncoding.of("a".repeat(158) + "€");
        assertThat(fits.getEncoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(fits.getUnits()).isEqualTo(160);
        assertThat(fits.getSegments()).isEqualTo(1);

        SmsEncoding spills = SmsEncoding.of("a".repeat(159) + "€");
        assertThat(spills.getUnits()).isEqualTo(161);
        assertThat(spills.getSegments()).isEqualTo(2);
    }

    @Test
    void basicTableAccentsStayGsm() {
        // C06
        SmsEncoding encoding = SmsEncoding.of("Karibu à duka letu ¡Asante!");
        assertThat(encoding.getEncoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(encoding.getSegments()).isEqualTo(1);
    }

    @Test
    void oneTypographicApostropheForcesUcs2AndIsNamed() {
        // C07
        String text = "Asante kwa malipo yako, tutakutumia risiti yako leo. Karibu tena dukani kwetu" + "’"
                      + "x".repeat(22);
        assertThat(text).hasSize(100);
        SmsEncoding encoding = SmsEncoding.of(text);
        assertThat(encoding.getEncoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(encoding.getSegments()).isEqualTo(2);
        assertThat(encoding.getFirstNonGsmCharacter()).isEqualTo("’");
    }

    @Test
    void segmentsNeverSplitAnEscapePairOrASurrogatePair() {
        // D14: 152 + (2) + 152 septets: the euro sign cannot start at 153, so three parts
        assertThat(SmsEncoding.of("a".repeat(152) + "€" + "a".repeat(152)).getSegments()).isEqualTo(3);
        assertThat(SmsEncoding.of("ж".repeat(66) + "😀" + "ж".repeat(66)).getSegments()).isEqualTo(3);
        assertThat(SmsEncoding.of("a".repeat(151) + "€" + "a".repeat(152)).getSegments()).isEqualTo(2);
    }

    @Test
    void segmentBoundaries() {
        assertThat(SmsEncoding.of("a".repeat(160)).getSegments()).isEqualTo(1);
        assertThat(SmsEncoding.of("a".repeat(161)).getSegments()).isEqualTo(2);
        assertThat(SmsEncoding.of("a".repeat(306)).getSegments()).isEqualTo(2);
        assertThat(SmsEncoding.of("a".repeat(307)).getSegments()).isEqualTo(3);
        assertThat(SmsEncoding.of("ж".repeat(70)).getSegments()).isEqualTo(1);
        assertThat(SmsEncoding.of("ж".repeat(71)).getSegments()).isEqualTo(2);
        assertThat(SmsEncoding.of("ж".repeat(134)).getSegments()).isEqualTo(2);
        assertThat(SmsEncoding.of("ж".repeat(135)).getSegments()).isEqualTo(3);
    }
}
