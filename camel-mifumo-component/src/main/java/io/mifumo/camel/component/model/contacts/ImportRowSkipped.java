package io.mifumo.camel.component.model.contacts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of a bulk import that was skipped, such as a duplicate; numbered as the file counts its lines.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ImportRowSkipped {

    @JsonProperty("row")
    private Integer row;

    @JsonProperty("reason")
    private String reason;

    /** The row (line) of the file. */
    public Integer getRow() {
        return row;
    }

    public void setRow(Integer row) {
        this.row = row;
    }

    /** Why it was skipped. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    public String toString() {
        return "ImportRowSkipped[row=" + row + ", reason=" + reason + "]";
    }
}
