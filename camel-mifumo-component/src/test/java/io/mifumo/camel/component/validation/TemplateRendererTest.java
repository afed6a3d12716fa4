package io.mifumo.camel.component.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateRendererTest {

    @Test
    void fillsEveryVariableWithOrWithoutSpacesInTheBraces() {
        Map<String, Object> values = Map.of("name", "Asha", "amount", new BigDecimal("15000.00"), "order.id", 42);
        assertThat(TemplateRenderer.render("Habari {{name}}, malipo {{ amount }} ya oda {{order.id}} - {{name}}",
                values::get, false)).isEqualTo("Habari Asha, malipo 15000.00 ya oda 42 - Asha");
        assertThat(TemplateRenderer.render("{{1x}} {not} {{ }} $1 \\", values::get, false))
                .isEqualTo("{{1x}} {not} {{ }} $1 \\");
        assertThat(TemplateRenderer.render("Total {{amount}}", Map.of("amount", new BigDecimal("1E+3"))::get, false))
                .isEqualTo("Total 1000");
    }

    @Test
    void namesEveryMissingVariableOnce() {
        // C30
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Juma");
        values.put("date", null);
        assertThatThrownBy(() -> TemplateRenderer.render("Malipo {{amount}} yamepokelewa {{date}} {{amount}}",
                values::get, false))
                .isInstanceOf(TemplateRenderer.MissingVariablesException.class)
                .hasMessage("the template needs the variables amount, date, which have no value");
        assertThatThrownBy(() -> TemplateRenderer.render("Malipo {{amount}} yamepokelewa", values::get, false))
                .hasMessage("the template needs the variable amount, which has no value");
        assertThat(TemplateRenderer.render("Malipo {{amount}} yamepokelewa", values::get, true))
                .isEqualTo("Malipo  yamepokelewa");
    }

    @Test
    void listsTheVariablesInOrderOfFirstUse() {
        assertThat(TemplateRenderer.variables("{{b}} {{a}} {{ b }}")).containsExactly("b", "a");
        assertThat(TemplateRenderer.variables(null)).isEmpty();
    }
}
