package io.mifumo.camel.component.model.templates;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of templates/toggle-favorite.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateFavorite {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("is_favorite")
    private Boolean favorite;

    @JsonProperty("message")
    private String message;

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    /** Whether the template is now a favorite. */
    public Boolean getFavorite() {
        return favorite;
    }

    public void setFavorite(Boolean favorite) {
        this.favorite = favorite;
    }

    /** The API's summary. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return "TemplateFavorite[favorite=" + favorite + "]";
    }
}
