package io.mifumo.camel.component.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SenderIdsTest {

    @ParameterizedTest
    @ValueSource(strings = { "DUKALAMAMA1", "Quantum", "MY BRAND", "A", "123456789012345", "+255754000111" })
    void accepts(String senderId) {
        assertThat(SenderIds.check(senderId)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Duka La Mama Asha", "DUKALAMAMA12", "1234567890123456", "Brand!", "Jina_la" })
    void refusesWithTheRuleAndNeverShortens(String senderId) {
        // C08
        assertThat(SenderIds.check(senderId)).contains("'" + senderId + "'").contains(SenderIds.RULE);
    }
}
