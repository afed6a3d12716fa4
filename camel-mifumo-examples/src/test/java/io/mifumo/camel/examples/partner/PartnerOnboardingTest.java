package io.mifumo.camel.examples.partner;

import java.time.Duration;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.SandboxMessage;
import io.mifumo.camel.sandbox.SandboxPayment;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerOnboardingTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.paymentDelay(Duration.ofMillis(500)));

    @Test
    void aTenantIsCreatedPaysAndSendsItsFirstSmsOnItsOwnCredits() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        long partnerBalance = sandbox.balance(sandbox.apiKey());
        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent mifumo = new MifumoComponent();
            mifumo.getConfiguration().setApiKey(sandbox.apiKey());
            mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            context.addComponent("mifumo", mifumo);
            context.start();

            SendSmsResult first = new PartnerOnboarding(context).onboard("Duka", "owner@duka.example", "0754000111",
                    "DUKA", 10);

            SandboxPayment payment = sandbox.payments().get(0);
            assertThat(payment.status().toString()).isEqualToIgnoringCase("completed");
            SandboxMessage sms = sandbox.message(first.getMessageId());
            assertThat(sms.tenantAccountId()).isEqualTo(payment.tenantAccountId());
            assertThat(sms.sender()).isEqualTo("DUKA");
            assertThat(sms.recipients()).containsExactly("+255754000111");
            // the package's credits, less the one the first SMS cost; the partner's own balance is untouched
            assertThat(sandbox.tenantBalance(payment.tenantAccountId())).isEqualTo(999);
            assertThat(sandbox.balance(sandbox.apiKey())).isEqualTo(partnerBalance);
            assertThat(sandbox.senderIdRequests()).singleElement()
                    .satisfies(r -> assertThat(r.senderId()).isEqualTo("DUKA"));
        }
    }
}
