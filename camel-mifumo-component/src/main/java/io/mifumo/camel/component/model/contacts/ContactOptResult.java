package io.mifumo.camel.component.model.contacts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of contacts/opt-in and contacts/opt-out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ContactOptResult {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("message")
    private String message;

    @JsonProperty("opt_in_at")
    private String optInAt;

    @JsonProperty("opt_out_at")
    private String optOutAt;

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    /** The API's summary. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** ISO-8601 time of the opt-in (contacts/opt-in). */
    public String getOptInAt() {
        return optInAt;
    }

    public void setOptInAt(String optInAt) {
        this.optInAt = optInAt;
    }

    /** ISO-8601 time of the opt-out (contacts/opt-out). */
    public String getOptOutAt() {
        return optOutAt;
    }

    public void setOptOutAt(String optOutAt) {
        this.optOutAt = optOutAt;
    }

    @Override
    public String toString() {
        return "ContactOptResult[success=" + success + ", optInAt=" + optInAt + ", optOutAt=" + optOutAt + "]";
    }
}
