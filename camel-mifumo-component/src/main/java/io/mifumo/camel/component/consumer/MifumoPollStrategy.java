package io.mifumo.camel.component.consumer;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a failing poll once per streak of failures (WARN), then at DEBUG until a poll succeeds again (INFO), and
 * never stops the consumer: the scheduler's backoff options decide how often it tries meanwhile. Messages name the
 * endpoint by its sanitised URI, so the API key never shows.
 */
public class MifumoPollStrategy implements PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(MifumoPollStrategy.class);

    private int failures;

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public synchronized void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        if (failures > 0) {
            LOG.info("Polling {} works again after {} failed polls", endpoint, failures);
            failures = 0;
        }
    }

    @Override
    public synchronized boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        failures++;
        if (failures == 1) {
            LOG.warn("Polling {} failed, will keep trying (further failures of this streak are logged at DEBUG): {}",
                    endpoint, cause.getMessage());
        } else {
            LOG.debug("Polling {} failed again ({} in a row): {}", endpoint, failures, cause.getMessage());
        }
        // false: no immediate retry; the next scheduled poll tries again, with backoff if configured
        return false;
    }

    /** Failed polls in the current streak. */
    public synchronized int getFailures() {
        return failures;
    }
}
