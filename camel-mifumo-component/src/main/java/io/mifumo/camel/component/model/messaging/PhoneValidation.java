package io.mifumo.camel.component.model.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of sms/validate-phone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PhoneValidation {

    @JsonProperty("success")
    private Boolean success;

    @JsonProperty("valid")
    private Boolean valid;

    @JsonProperty("formatted")
    private String formatted;

    @JsonProperty("country")
    private String country;

    @JsonProperty("country_code")
    private String countryCode;

    @JsonProperty("error")
    private String error;

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    /** Whether the number is valid. */
    public Boolean getValid() {
        return valid;
    }

    public void setValid(Boolean valid) {
        this.valid = valid;
    }

    /** The number in E.164. */
    public String getFormatted() {
        return formatted;
    }

    public void setFormatted(String formatted) {
        this.formatted = formatted;
    }

    /** The country name. */
    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** The ISO 3166 country code. */
    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    /** Why the number is not valid, when the API says. */
    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    @Override
    public String toString() {
        return "PhoneValidation[valid=" + valid + ", formatted=" + formatted + ", countryCode=" + countryCode + "]";
    }
}
