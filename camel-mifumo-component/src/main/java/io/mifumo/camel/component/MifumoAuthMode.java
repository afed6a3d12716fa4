package io.mifumo.camel.component;

/**
 * How the API key is presented to the Mifumo API.
 */
public enum MifumoAuthMode {

    /** {@code Authorization: Bearer KEY}, the form the API reference recommends. */
    bearer,

    /** {@code X-API-Key: KEY}. */
    header
}
