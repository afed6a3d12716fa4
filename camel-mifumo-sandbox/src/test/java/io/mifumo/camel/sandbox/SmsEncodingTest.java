package io.mifumo.camel.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsEncodingTest {

    @Test
    void plainTextUpTo160SeptetsIsOneSegment() {
        assertThat(SmsEncoding.of("a".repeat(160))).isEqualTo(new SmsEncoding.Result("GSM-7", 160, 1));
        assertThat(SmsEncoding.of("a".repeat(161))).isEqualTo(new SmsEncoding.Result("GSM-7", 161, 2));
        assertThat(SmsEncoding.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountTwo() {
        // C05: the euro sign lives in the extension table, so it takes an escape septet too
        assertThat(SmsEncoding.of("a".repeat(158) + "€")).isEqualTo(new SmsEncoding.Result("GSM-7", 160, 1));
        assertThat(SmsEncoding.of("a".repeat(159) + "€")).isEqualTo(new SmsEncoding.Result("GSM-7", 161, 2));
        assertThat(SmsEncoding.of("^{}\\[~]|€\f").units()).isEqualTo(20);
    }

    @Test
    void basicTableCharactersStayGsm() {
        // C06: accented letters and Greek capitals of GSM 03.38 are not Unicode
        assertThat(SmsEncoding.of("Karibu à duka letu ¡Asante!")).isEqualTo(new SmsEncoding.Result("GSM-7", 27, 1));
        String accents = "ΔΦΓΛΩΠΨΣΘΞ £$¥èéùìòÇØøÅåÆæßÉÄÖÑÜ§¿äöñü@_\r\n";
        assertThat(SmsEncoding.of(accents).encoding()).isEqualTo("GSM-7");
    }

    @Test
    void anyOtherCharacterSwitchesToUcs2() {
        // C07: one typographic apostrophe in a 100-character text gives 100 UTF-16 units, 2 segments of 67
        String text = "Asante" + "’" + "a".repeat(93);
        assertThat(text).hasSize(100);
        assertThat(SmsEncoding.of(text)).isEqualTo(new SmsEncoding.Result("UCS-2", 100, 2));
        assertThat(SmsEncoding.of("ş".repeat(70)).segments()).isEqualTo(1);
        assertThat(SmsEncoding.of("ş".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("ş".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("ş".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void charactersOutsideTheBmpCountAsTwoUnits() {
        assertThat(SmsEncoding.of("a".repeat(68) + "😀")).isEqualTo(new SmsEncoding.Result("UCS-2", 70, 1));
        assertThat(SmsEncoding.of("a".repeat(69) + "😀")).isEqualTo(new SmsEncoding.Result("UCS-2", 71, 2));
    }

    @Test
    void aPartNeverSplitsAnEscapeSequenceOrASurrogatePair() {
        assertThat(SmsEncoding.of("a".repeat(152) + "€" + "a".repeat(152)).segments()).isEqualTo(3);
        assertThat(SmsEncoding.of("a".repeat(151) + "€" + "a".repeat(152)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("ж".repeat(66) + "😀" + "ж".repeat(66)).segments()).isEqualTo(3);
    }
}
