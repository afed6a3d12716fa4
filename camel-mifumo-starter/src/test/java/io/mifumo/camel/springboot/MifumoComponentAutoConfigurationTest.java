package io.mifumo.camel.springboot;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.MifumoAuthMode;
import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * camel.component.mifumo.* reaches the component Camel creates, in every relaxed form Spring reads, and a
 * wrong key fails naming it; enabled=false keeps the auto-configuration out.
 */
class MifumoComponentAutoConfigurationTest {

    static final String KEY = "starter+key/with==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(builder -> builder.apiKey(KEY, 100));

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    MifumoComponentAutoConfiguration.class));

    private static MifumoComponent mifumo(org.springframework.context.ApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("mifumo", MifumoComponent.class);
    }

    @Test
    void propertiesReachTheComponentAndItsEndpointDefaults() {
        runner.withPropertyValues(
                "camel.component.mifumo.api-key=" + KEY,
                "camel.component.mifumo.base-url=http://127.0.0.1:1",
                "camel.component.mifumo.senderId=DUKA",
                "camel.component.mifumo.auth-mode=header",
                "camel.component.mifumo.request-timeout=1500",
                "camel.component.mifumo.max-connections=7",
                "camel.component.mifumo.health-check-low-credit-threshold=250",
                "camel.component.mifumo.health-check-producer-enabled=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(MifumoComponentAutoConfiguration.class);
                    MifumoComponent component = mifumo(context);
                    assertThat(component.getConfiguration().getApiKey()).isEqualTo(KEY);
                    assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("http://127.0.0.1:1");
                    assertThat(component.getConfiguration().getSenderId()).isEqualTo("DUKA");
                    assertThat(component.getConfiguration().getAuthMode()).isEqualTo(MifumoAuthMode.header);
                    assertThat(component.getConfiguration().getRequestTimeout()).isEqualTo(1500);
                    assertThat(component.getMaxConnections()).isEqualTo(7);
                    assertThat(component.getHealthCheckLowCreditThreshold()).isEqualTo(250);
                    assertThat(component.isHealthCheckProducerEnabled()).isFalse();
                });
    }

    @Test
    void environmentVariablesWork() {
        Map<String, Object> env = new HashMap<>();
        env.put("CAMEL_COMPONENT_MIFUMO_API_KEY", KEY);
        env.put("CAMEL_COMPONENT_MIFUMO_SENDER_ID", "ENVBRAND");
        runner.withInitializer(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", env)))
                .run(context -> {
                    assertThat(mifumo(context).getConfiguration().getApiKey()).isEqualTo(KEY);
                    assertThat(mifumo(context).getConfiguration().getSenderId()).isEqualTo("ENVBRAND");
                });
    }

    @Test
    void aBeanReferenceIsResolved() {
        runner.withBean("sentRepository", IdempotentRepository.class, MemoryIdempotentRepository::new)
                .withPropertyValues("camel.component.mifumo.configuration=#bean:mifumoDefaults")
                .withBean("mifumoDefaults", io.mifumo.camel.component.MifumoConfiguration.class, () -> {
                    io.mifumo.camel.component.MifumoConfiguration defaults
                            = new io.mifumo.camel.component.MifumoConfiguration();
                    defaults.setSenderId("FROMBEAN");
                    return defaults;
                })
                .run(context -> assertThat(mifumo(context).getConfiguration().getSenderId()).isEqualTo("FROMBEAN"));
    }

    @Test
    void aMisspelledOptionFailsNamingIt() {
        runner.withPropertyValues("camel.component.mifumo.api-kye=x")
                .run(context -> assertThatThrownBy(() -> mifumo(context))
                        .hasStackTraceContaining("camel.component.mifumo.api-kye")
                        .hasStackTraceContaining("apiKey"));
    }

    @Test
    void enabledFalseRemovesTheAutoConfiguration() {
        runner.withPropertyValues("camel.component.mifumo.enabled=false", "camel.component.mifumo.api-key=" + KEY)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MifumoComponentAutoConfiguration.class);
                    assertThat(context).doesNotHaveBean(MifumoComponentConfiguration.class);
                    assertThat(context).doesNotHaveBean(ComponentCustomizer.class);
                    // Camel still finds the component on the classpath, as with its own starters, but no property
                    // reaches it
                    assertThat(mifumo(context).getConfiguration().getApiKey()).isNull();
                });
        runner.withPropertyValues("camel.component.enabled=false", "camel.component.mifumo.api-key=" + KEY)
                .run(context -> assertThat(context).doesNotHaveBean(MifumoComponentAutoConfiguration.class));
    }

    @Test
    void aRouteSendsThroughTheSandboxWithTheConfiguredKey() {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        runner.withPropertyValues(
                        "camel.component.mifumo.api-key=" + KEY,
                        "camel.component.mifumo.base-url=" + sandbox.baseUrl(),
                        "camel.component.mifumo.sender-id=DUKA")
                .withBean(RouteBuilder.class, () -> new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:notify").to("mifumo:sms/send");
                    }
                })
                .run(context -> {
                    SendSmsResult result = context.getBean(CamelContext.class).createProducerTemplate()
                            .requestBodyAndHeader("direct:notify", "Karibu", MifumoConstants.RECIPIENTS,
                                    "0754000111", SendSmsResult.class);
                    assertThat(sandbox.message(result.getMessageId()).sender()).isEqualTo("DUKA");
                    assertThat(sandbox.requests()).singleElement()
                            .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY));
                });
    }

    @Test
    void theSpringMetadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode component;
        try (InputStream in = MifumoComponent.class.getResourceAsStream(MifumoComponentOptions.COMPONENT_JSON)) {
            component = mapper.readTree(in);
        }
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("metadata written by spring-boot-configuration-processor").isNotNull();
            metadata = mapper.readTree(in);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        metadata.path("properties").forEach(p -> byName.put(p.path("name").asText(), p));

        List<String> missing = new ArrayList<>();
        component.path("componentProperties").fieldNames().forEachRemaining(option -> {
            String name = "camel.component.mifumo." + option.replaceAll("([A-Z])", "-$1").toLowerCase();
            JsonNode property = byName.get(name);
            if (property == null || property.path("description").asText().isBlank()) {
                missing.add(name);
            }
        });
        assertThat(missing).isEmpty();
        assertThat(byName.get("camel.component.mifumo.enabled").path("description").asText())
                .startsWith("Whether to enable auto configuration of the mifumo component");
        assertThat(byName.get("camel.component.mifumo.customizer.enabled").path("description").asText())
                .isNotBlank();
        assertThat(byName.get("camel.component.mifumo.api-key").path("type").asText())
                .isEqualTo("java.lang.String");
    }
}
