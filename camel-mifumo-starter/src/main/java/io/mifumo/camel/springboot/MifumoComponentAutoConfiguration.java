package io.mifumo.camel.springboot;

import java.util.Map;

import io.mifumo.camel.component.MifumoComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the mifumo component from camel.component.mifumo.* when Camel creates it. Turned off with
 * camel.component.mifumo.enabled=false (or camel.component.enabled=false for every component).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", MifumoComponentConfiguration.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, MifumoComponentConfiguration.class })
public class MifumoComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;

    public MifumoComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureMifumoComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                Map<String, Object> options = MifumoComponentOptions.read(applicationContext.getEnvironment());
                // fails on a value that cannot be set (wrong type, no such bean), naming the option
                CamelPropertiesHelper.setCamelProperties(camelContext, target, options, true);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        MifumoComponentConfiguration.PREFIX + ".customizer")
                       && target instanceof MifumoComponent;
            }
        };
    }
}
