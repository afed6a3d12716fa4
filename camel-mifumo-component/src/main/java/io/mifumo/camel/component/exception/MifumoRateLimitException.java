package io.mifumo.camel.component.exception;

import java.time.Instant;

/**
 * The API's rate limit is spent (HTTP 429).
 */
public class MifumoRateLimitException extends MifumoApiException {

    private final Instant resetAt;

    public MifumoRateLimitException(String message, MifumoError error, Instant resetAt) {
        super(message, error, false);
        this.resetAt = resetAt;
    }

    /**
     * When requests are allowed again, from Retry-After or X-RateLimit-Reset; null when the answer carried neither.
     */
    public Instant getResetAt() {
        return resetAt;
    }
}
