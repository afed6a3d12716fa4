package io.mifumo.camel.component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C28: two partners with their own keys share one component; each endpoint's requests carry its own key, also when
 * their sends interleave.
 */
class TenantKeysTest {

    private static final String KA = "key-A+/=";
    private static final String KB = "key-B";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b
            .apiKey(KA, 0)
            .apiKey(KB, 0));

    @Test
    void hundredInterleavedConcurrentSendsEachCarryTheirOwnKey() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        String tenantA = sandbox.createTenant(KA, "Tenant A", 50);
        String tenantB = sandbox.createTenant(KB, "Tenant B", 50);
        Map<String, String> keyOfTenant = Map.of(tenantA, KA, tenantB, KB);

        try (CamelContext context = new DefaultCamelContext()) {
            MifumoComponent component = new MifumoComponent();
            component.getConfiguration().setBaseUrl(sandbox.baseUrl());
            component.getConfiguration().setSenderId("MIFUMO");
            context.addComponent("mifumo", component);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            String endpointA = "mifumo:sms/send?apiKey=RAW(" + KA + ")&tenantAccountId=" + tenantA;
            String endpointB = "mifumo:sms/send?apiKey=RAW(" + KB + ")&tenantAccountId=" + tenantB;

            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String endpoint = i % 2 == 0 ? endpointA : endpointB;
                String text = "Send " + i;
                sends.add(template.asyncSend(endpoint, e -> {
                    e.getMessage().setBody(text);
                    e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
                }));
            }
            for (CompletableFuture<Exchange> send : sends) {
                assertThat(send.get(20, TimeUnit.SECONDS).getException()).isNull();
            }
        }

        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> perKey = new HashMap<>();
        List<RecordedRequest> requests = sandbox.requests();
        assertThat(requests).hasSize(100);
        for (RecordedRequest request : requests) {
            JsonNode body = json.readTree(request.body());
            String key = keyOfTenant.get(body.get("tenant_account_id").asText());
            int number = Integer.parseInt(body.get("message").asText().substring("Send ".length()));
            assertThat(request.header("Authorization")).as(request.body()).isEqualTo("Bearer " + key);
            assertThat(key).as("even sends go through A").isEqualTo(number % 2 == 0 ? KA : KB);
            perKey.merge(key, 1, Integer::sum);
        }
        assertThat(perKey).containsEntry(KA, 50).containsEntry(KB, 50);
        assertThat(sandbox.tenantBalance(tenantA)).isZero();
        assertThat(sandbox.tenantBalance(tenantB)).isZero();
    }
}
