package io.mifumo.camel.examples.partner;

import java.time.Duration;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.sandbox.MifumoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs the partner onboarding against the embedded sandbox (payments complete after two seconds), or against the
 * API given by MIFUMO_API_KEY and MIFUMO_BASE_URL.
 */
public final class PartnerOnboardingJob {

    private PartnerOnboardingJob() {
    }

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("MIFUMO_API_KEY");
        MifumoSandbox sandbox = apiKey == null || apiKey.isBlank()
                ? MifumoSandbox.builder().paymentDelay(Duration.ofSeconds(2)).build().start() : null;
        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent mifumo = new MifumoComponent();
            mifumo.getConfiguration().setApiKey(sandbox != null ? sandbox.apiKey() : apiKey);
            if (sandbox != null) {
                mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
            } else if (System.getenv("MIFUMO_BASE_URL") != null) {
                mifumo.getConfiguration().setBaseUrl(System.getenv("MIFUMO_BASE_URL"));
            }
            context.addComponent("mifumo", mifumo);
            context.start();
            new PartnerOnboarding(context).onboard("Duka la Mama Asha", "asha@duka.example", "0754000111", "DUKAASHA",
                    sandbox != null ? 30 : 900);
            if (sandbox != null) {
                System.out.println("Tenant balance after the first SMS: "
                                   + sandbox.tenantBalance(sandbox.payments().get(0).tenantAccountId()) + " credits");
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
