package io.mifumo.camel.component.model.campaigns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The short form of a campaign in the answers of campaigns/start, pause, cancel and duplicate.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CampaignSummary {

    @JsonProperty("id")
    private String id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("status")
    private String status;

    @JsonProperty("started_at")
    private String startedAt;

    /** The campaign id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The campaign name (campaigns/duplicate). */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Its status after the call. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** ISO-8601 time it started (campaigns/start). */
    public String getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    @Override
    public String toString() {
        return "CampaignSummary[id=" + id + ", name=" + name + ", status=" + status + "]";
    }
}
