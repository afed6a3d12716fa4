package io.mifumo.camel.component.service;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The rate-limit state an answer reported: X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset (epoch
 * seconds) and Retry-After (seconds or an HTTP date). Any part may be absent (null).
 */
public final class RateLimit {

    private final Long limit;
    private final Long remaining;
    private final Long resetEpochSeconds;
    private final Instant retryAt;

    RateLimit(Long limit, Long remaining, Long resetEpochSeconds, Instant retryAt) {
        this.limit = limit;
        this.remaining = remaining;
        this.resetEpochSeconds = resetEpochSeconds;
        this.retryAt = retryAt;
    }

    /**
     * Reads the headers through a lookup that returns null for an absent header.
     */
    static RateLimit fromHeaders(Function<String, String> header, Instant now) {
        return new RateLimit(
                number(header.apply("X-RateLimit-Limit")),
                number(header.apply("X-RateLimit-Remaining")),
                number(header.apply("X-RateLimit-Reset")),
                retryAfter(header.apply("Retry-After"), now));
    }

    private static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Instant retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long seconds = number(value);
        if (seconds != null) {
            return now.plusSeconds(Math.max(0, seconds));
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Long getLimit() {
        return limit;
    }

    public Long getRemaining() {
        return remaining;
    }

    public Long getResetEpochSeconds() {
        return resetEpochSeconds;
    }

    /** When Retry-After allows the next request, or null when the answer had no Retry-After. */
    public Instant getRetryAt() {
        return retryAt;
    }

    /** Retry-After when present, else X-RateLimit-Reset, else null. */
    public Instant getResetAt() {
        if (retryAt != null) {
            return retryAt;
        }
        return resetEpochSeconds == null ? null : Instant.ofEpochSecond(resetEpochSeconds);
    }
}
