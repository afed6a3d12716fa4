package io.mifumo.camel.component.service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful (2xx) answer: its status, JSON body (null when empty) and rate-limit headers.
 */
public final class MifumoHttpResponse {

    private final int statusCode;
    private final JsonNode body;
    private final RateLimit rateLimit;

    MifumoHttpResponse(int statusCode, JsonNode body, RateLimit rateLimit) {
        this.statusCode = statusCode;
        this.body = body;
        this.rateLimit = rateLimit;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public JsonNode getBody() {
        return body;
    }

    public RateLimit getRateLimit() {
        return rateLimit;
    }
}
