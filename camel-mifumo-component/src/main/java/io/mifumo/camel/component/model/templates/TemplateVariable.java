package io.mifumo.camel.component.model.templates;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One variable of a template, from templates/variables.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateVariable {

    @JsonProperty("name")
    private String name;

    @JsonProperty("type")
    private String type;

    @JsonProperty("required")
    private Boolean required;

    @JsonProperty("description")
    private String description;

    /** The variable name, as written between {{ and }}. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Its type, such as string. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Whether a value is required. */
    public Boolean getRequired() {
        return required;
    }

    public void setRequired(Boolean required) {
        this.required = required;
    }

    /** What the value is. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return "TemplateVariable[name=" + name + ", type=" + type + ", required=" + required + "]";
    }
}
