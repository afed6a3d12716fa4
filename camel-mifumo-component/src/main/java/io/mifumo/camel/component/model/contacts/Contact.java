package io.mifumo.camel.component.model.contacts;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A contact of the messaging API: the answer of contacts/get, contacts/create, contacts/update and the items of
 * contacts/list, and the body of contacts/create and contacts/update (where only name, phone, email, attributes and
 * tags are sent).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Contact {

    @JsonProperty("id")
    private String id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("phone_e164")
    private String phoneE164;

    @JsonProperty("email")
    private String email;

    @JsonProperty("attributes")
    private Map<String, Object> attributes;

    @JsonProperty("tags")
    private List<String> tags;

    @JsonProperty("is_active")
    private Boolean active;

    @JsonProperty("opt_in_at")
    private String optInAt;

    @JsonProperty("opt_out_at")
    private String optOutAt;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("updated_at")
    private String updatedAt;

    /** The contact id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The contact name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The phone number in E.164, such as +255614853618. */
    public String getPhoneE164() {
        return phoneE164;
    }

    public void setPhoneE164(String phoneE164) {
        this.phoneE164 = phoneE164;
    }

    /** The email address. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Free attributes, such as company or position. */
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    public void setAttributes(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    /** Tags, such as VIP or Customer. */
    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    /** Whether the contact is active. */
    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /** ISO-8601 time the contact opted in. */
    public String getOptInAt() {
        return optInAt;
    }

    public void setOptInAt(String optInAt) {
        this.optInAt = optInAt;
    }

    /** ISO-8601 time the contact opted out; null while opted in. */
    public String getOptOutAt() {
        return optOutAt;
    }

    public void setOptOutAt(String optOutAt) {
        this.optOutAt = optOutAt;
    }

    /** ISO-8601 creation time. */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /** ISO-8601 time of the last change. */
    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    @Override
    public String toString() {
        return "Contact[id=" + id + ", phoneE164=" + phoneE164 + ", tags=" + tags + ", optOutAt=" + optOutAt + "]";
    }
}
