package io.mifumo.camel.component.model.campaigns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of campaigns/start, campaigns/pause, campaigns/cancel and campaigns/duplicate.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CampaignActionResult {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("message")
    private String message;

    @JsonProperty("campaign")
    private CampaignSummary campaign;

    @JsonProperty("new_campaign")
    private CampaignSummary newCampaign;

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

    /** The campaign after start, pause or cancel. */
    public CampaignSummary getCampaign() {
        return campaign;
    }

    public void setCampaign(CampaignSummary campaign) {
        this.campaign = campaign;
    }

    /** The copy made by campaigns/duplicate. */
    public CampaignSummary getNewCampaign() {
        return newCampaign;
    }

    public void setNewCampaign(CampaignSummary newCampaign) {
        this.newCampaign = newCampaign;
    }

    @Override
    public String toString() {
        return "CampaignActionResult[campaign=" + campaign + ", newCampaign=" + newCampaign + "]";
    }
}
