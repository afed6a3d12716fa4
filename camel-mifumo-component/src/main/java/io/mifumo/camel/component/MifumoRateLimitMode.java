package io.mifumo.camel.component;

/**
 * What the producer does when the API's rate limit is spent (HTTP 429).
 */
public enum MifumoRateLimitMode {

    /** Wait until the limit resets (Retry-After or X-RateLimit-Reset), up to maxRateLimitWait, then send again. */
    wait,

    /** Fail at once with MifumoRateLimitException. */
    fail
}
