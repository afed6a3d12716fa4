package io.mifumo.camel.component.model.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The period of sms/stats.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class StatsPeriod {

    @JsonProperty("start")
    private String start;

    @JsonProperty("end")
    private String end;

    /** ISO-8601 start. */
    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    /** ISO-8601 end. */
    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    @Override
    public String toString() {
        return "StatsPeriod[start=" + start + ", end=" + end + "]";
    }
}
