package io.mifumo.camel.component.model.contacts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of contacts/import (the bulk import): how many rows were imported and which failed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ContactImportResult {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("message")
    private String message;

    @JsonProperty("imported")
    private Integer imported;

    @JsonProperty("failed")
    private Integer failed;

    @JsonProperty("skipped")
    private Integer skipped;

    @JsonProperty("errors")
    private List<ImportRowError> errors;

    @JsonProperty("skipped_rows")
    private List<ImportRowSkipped> skippedRows;

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

    /** Rows imported as new contacts. */
    public Integer getImported() {
        return imported;
    }

    public void setImported(Integer imported) {
        this.imported = imported;
    }

    /** Rows that failed; each is in the errors. */
    public Integer getFailed() {
        return failed;
    }

    public void setFailed(Integer failed) {
        this.failed = failed;
    }

    /** Rows skipped, such as a number that is already a contact; null when the API does not report it. */
    public Integer getSkipped() {
        return skipped;
    }

    public void setSkipped(Integer skipped) {
        this.skipped = skipped;
    }

    /** The failed rows with their reasons. */
    public List<ImportRowError> getErrors() {
        return errors;
    }

    public void setErrors(List<ImportRowError> errors) {
        this.errors = errors;
    }

    /** The skipped rows with their reasons, when the API reports them. */
    public List<ImportRowSkipped> getSkippedRows() {
        return skippedRows;
    }

    public void setSkippedRows(List<ImportRowSkipped> skippedRows) {
        this.skippedRows = skippedRows;
    }

    @Override
    public String toString() {
        return "ContactImportResult[imported=" + imported + ", failed=" + failed + ", skipped=" + skipped
               + ", errors=" + errors + "]";
    }
}
