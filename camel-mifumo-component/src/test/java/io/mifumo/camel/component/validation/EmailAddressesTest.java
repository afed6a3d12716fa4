package io.mifumo.camel.component.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @Test
    void acceptsAddresses() {
        assertThat(EmailAddresses.check("owner_email", "restaurant@example.com")).isNull();
        assertThat(EmailAddresses.check("owner_email", "a.b+c@mail.example.co.tz")).isNull();
    }

    @Test
    void namesTheFieldAndTheValue() {
        assertThat(EmailAddresses.check("buyer_email", "John Doe")).isEqualTo(
                "buyer_email 'John Doe' is not an e-mail address");
        assertThat(EmailAddresses.check("buyer_email", "a@b")).contains("'a@b'");
        assertThat(EmailAddresses.check("owner_email", null)).isEqualTo(
                "no owner_email: an e-mail address is required");
    }
}
