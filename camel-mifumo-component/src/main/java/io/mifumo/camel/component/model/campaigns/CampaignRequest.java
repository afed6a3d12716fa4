package io.mifumo.camel.component.model.campaigns;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of campaigns/create. Recipients are numbers (normalised to E.164 before sending) and/or contact ids.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CampaignRequest {

    @JsonProperty("name")
    private String name;

    @JsonProperty("message")
    private String message;

    @JsonProperty("recipients")
    private List<String> recipients;

    @JsonProperty("sender_id")
    private String senderId;

    @JsonProperty("scheduled_at")
    private String scheduledAt;

    @JsonProperty("segment_ids")
    private List<String> segmentIds;

    @JsonProperty("contact_ids")
    private List<String> contactIds;

    /** The campaign name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The text to send. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** Phone numbers. */
    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients;
    }

    /** The sender ID; checked against the network rule before sending. */
    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    /** ISO-8601 time to start; without it the campaign is a draft until campaigns/start. */
    public String getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(String scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    /** Segment ids. */
    public List<String> getSegmentIds() {
        return segmentIds;
    }

    public void setSegmentIds(List<String> segmentIds) {
        this.segmentIds = segmentIds;
    }

    /** Contact ids. */
    public List<String> getContactIds() {
        return contactIds;
    }

    public void setContactIds(List<String> contactIds) {
        this.contactIds = contactIds;
    }

    @Override
    public String toString() {
        return "CampaignRequest[name=" + name + ", senderId=" + senderId + ", scheduledAt=" + scheduledAt + "]";
    }
}
