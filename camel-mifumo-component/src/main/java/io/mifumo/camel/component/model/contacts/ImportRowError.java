package io.mifumo.camel.component.model.contacts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of a bulk import that failed, numbered as the file counts its lines (the header is row 1).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ImportRowError {

    @JsonProperty("row")
    private Integer row;

    @JsonProperty("error")
    private String error;

    /** The row (line) of the file. */
    public Integer getRow() {
        return row;
    }

    public void setRow(Integer row) {
        this.row = row;
    }

    /** Why it failed. */
    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    @Override
    public String toString() {
        return "ImportRowError[row=" + row + ", error=" + error + "]";
    }
}
