package io.mifumo.camel.component.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} style variables of a message template, as the Mifumo templates write them. A variable name
 * starts with a letter or an underscore and may hold letters, digits, {@code _}, {@code .} and {@code -}; spaces
 * inside the braces are allowed ({@code {{ name }}}). Anything else in braces is left as written.
 */
public final class TemplateRenderer {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

    private TemplateRenderer() {
    }

    /** The variable names of the template, each once, in order of first use. */
    public static List<String> variables(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(template == null ? "" : template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return new ArrayList<>(names);
    }

    /**
     * The template with every variable replaced by its value's text. A variable whose value is null is missing.
     *
     * @param values       the value of a variable name, or null
     * @param allowMissing put nothing for a missing variable instead of failing
     * @throws MissingVariablesException naming every missing variable, in order of first use
     */
    public static String render(String template, Function<String, Object> values, boolean allowMissing) {
        List<String> missing = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = values.apply(name);
            if (value == null && !allowMissing && !missing.contains(name)) {
                missing.add(name);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : text(value)));
        }
        matcher.appendTail(text);
        if (!missing.isEmpty()) {
            throw new MissingVariablesException(missing);
        }
        return text.toString();
    }

    private static String text(Object value) {
        // 1500.00 stays 1500.00, and 1E+3 is written out as 1000
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** Thrown when variables have no value; the message names them. */
    public static final class MissingVariablesException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final List<String> names;

        MissingVariablesException(List<String> names) {
            super("the template needs " + (names.size() == 1 ? "the variable " : "the variables ")
                  + String.join(", ", names) + ", which " + (names.size() == 1 ? "has" : "have") + " no value");
            this.names = List.copyOf(names);
        }

        public List<String> getNames() {
            return names;
        }
    }
}
