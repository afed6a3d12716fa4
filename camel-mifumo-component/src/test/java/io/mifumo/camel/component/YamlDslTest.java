package io.mifumo.camel.component;

import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class YamlDslTest {

    static final String KEY = "yaml+key/with=signs==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(builder -> builder.apiKey(KEY, 100));

    @Test
    void aYamlRouteSendsWithAKeyThatHasPlusSlashAndEquals() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        String yaml = """
                - route:
                    from:
                      uri: direct:notify
                      steps:
                        - setHeader:
                            name: CamelMifumoRecipients
                            simple: "${header.phone}"
                        - to:
                            uri: mifumo:sms/send
                            parameters:
                              apiKey: "RAW(%s)"
                              baseUrl: "%s"
                              senderId: DUKA
                """.formatted(KEY, sandbox.baseUrl());

        try (CamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("notify.yaml", yaml));
            context.start();
            SendSmsResult result = context.createProducerTemplate()
                    .requestBodyAndHeader("direct:notify", "Karibu!", "phone", "0754 000 111", SendSmsResult.class);

            assertThat(result.getRecipients()).containsExactly("+255754000111");
            assertThat(sandbox.message(result.getMessageId()).sender()).isEqualTo("DUKA");
            assertThat(sandbox.requests()).singleElement()
                    .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY));
        }
    }
}
