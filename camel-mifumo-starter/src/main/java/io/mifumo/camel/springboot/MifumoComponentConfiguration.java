package io.mifumo.camel.springboot;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spring Boot properties of the mifumo component, under {@code camel.component.mifumo}.
 * <p>
 * Every option of the component (api-key, base-url, sender-id, timeouts, health-check settings, bean references such
 * as {@code #bean:name}, ...) is read from that prefix and set through the component's generated configurer, so an
 * option the component gains needs no change here. The option list, types, defaults and descriptions of the Spring
 * configuration metadata are generated at build time from the component JSON.
 */
@ConfigurationProperties(prefix = MifumoComponentConfiguration.PREFIX)
public class MifumoComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.mifumo";

    /**
     * Whether to enable auto configuration of the mifumo component. This is enabled by default. When false, no
     * camel.component.mifumo.* property reaches the component.
     */
    private boolean enabled = true;

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        super.setEnabled(enabled);
    }
}
