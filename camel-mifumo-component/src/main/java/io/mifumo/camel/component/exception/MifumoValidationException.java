package io.mifumo.camel.component.exception;

import java.util.List;

/**
 * Input refused by the component before any request was made; it names every bad value.
 */
public class MifumoValidationException extends MifumoException {

    private final List<String> violations;

    public MifumoValidationException(String operation, List<String> violations) {
        super("Invalid input for mifumo:" + operation + ", nothing was sent: " + String.join("; ", violations), false,
              null);
        this.violations = List.copyOf(violations);
    }

    public List<String> getViolations() {
        return violations;
    }
}
