package io.mifumo.camel.component.model.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The buyer of a mobile-money payment, common to partner/payments/initiate and
 * partner/payments/custom/initiate. The tenant receives the payment instructions on this phone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class MobileMoneyBuyer {

    @JsonProperty("buyer_email")
    private String buyerEmail;

    @JsonProperty("buyer_name")
    private String buyerName;

    @JsonProperty("buyer_phone")
    private String buyerPhone;

    @JsonProperty("mobile_money_provider")
    private String mobileMoneyProvider;

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public void setBuyerEmail(String buyerEmail) {
        this.buyerEmail = buyerEmail;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public void setBuyerName(String buyerName) {
        this.buyerName = buyerName;
    }

    /** Local or international form; the component sends the local form the reference shows (0614853618). */
    public String getBuyerPhone() {
        return buyerPhone;
    }

    public void setBuyerPhone(String buyerPhone) {
        this.buyerPhone = buyerPhone;
    }

    /** vodacom, tigo, airtel or halotel; sent lower-case. */
    public String getMobileMoneyProvider() {
        return mobileMoneyProvider;
    }

    public void setMobileMoneyProvider(String mobileMoneyProvider) {
        this.mobileMoneyProvider = mobileMoneyProvider;
    }
}
