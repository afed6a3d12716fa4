package io.mifumo.camel.component.service;

import java.util.concurrent.ThreadLocalRandom;

import io.mifumo.camel.component.exception.MifumoServerException;
import io.mifumo.camel.component.exception.MifumoTransportException;

/**
 * Decides whether a failed request is sent again, and after how long.
 * <p>
 * Safe requests (GET) are repeated after I/O failures, timeouts and HTTP 502, 503 and 504. Unsafe requests (sends,
 * payments, creations) are repeated only when no connection could be made, so the request cannot have reached the
 * API. Delays grow exponentially from the initial delay (capped at 30 s), with jitter so that many clients do not
 * retry in step.
 */
public final class RetryPolicy {

    static final long MAX_DELAY_MILLIS = 30_000;

    private final int maxRetries;
    private final long initialDelayMillis;

    public RetryPolicy(int maxRetries, long initialDelayMillis) {
        this.maxRetries = maxRetries;
        this.initialDelayMillis = initialDelayMillis;
    }

    /**
     * The delay before the next attempt, or -1 when the failure must not be retried.
     *
     * @param retriesDone how many retries were already made for this request
     */
    public long delayBeforeRetry(Throwable failure, boolean safe, int retriesDone) {
        if (retriesDone >= maxRetries || !isRetryable(failure, safe)) {
            return -1;
        }
        long base = Math.min(MAX_DELAY_MILLIS, initialDelayMillis * (1L << Math.min(20, retriesDone)));
        // equal jitter: between half and all of the exponential delay
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    static boolean isRetryable(Throwable failure, boolean safe) {
        if (failure instanceof MifumoTransportException transport) {
            return safe || !transport.isMayHaveBeenDelivered();
        }
        if (safe && failure instanceof MifumoServerException server) {
            int status = server.getStatusCode();
            return status == 502 || status == 503 || status == 504;
        }
        return false;
    }
}
