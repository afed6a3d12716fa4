package io.mifumo.camel.component.model.templates;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of templates/variables.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateVariables {

    @JsonProperty("template_id")
    private String templateId;

    @JsonProperty("variables")
    private List<TemplateVariable> variables;

    /** The template id. */
    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    /** The variables. */
    public List<TemplateVariable> getVariables() {
        return variables;
    }

    public void setVariables(List<TemplateVariable> variables) {
        this.variables = variables;
    }

    @Override
    public String toString() {
        return "TemplateVariables[templateId=" + templateId + ", variables=" + variables + "]";
    }
}
