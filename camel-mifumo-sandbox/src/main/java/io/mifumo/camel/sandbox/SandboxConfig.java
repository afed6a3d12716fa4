package io.mifumo.camel.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings a sandbox was built with; {@link MifumoSandbox#reset()} returns the state to these. A
 * {@code paymentDelay} of {@code null} means payments stay pending until an admin call settles them.
 */
record SandboxConfig(int port, int threads, Map<String, Long> accounts, int rateLimit, Duration rateLimitWindow,
        Duration deliveryDelay, double failureRatio, long seed, ReportShape reportShape, Set<String> rejectedSenderIds,
        Set<String> failingRecipients, int maxRecipients, int requestLogLimit, Clock clock, Duration paymentDelay,
        Set<String> failingBuyerPhones) {

    SandboxConfig {
        // keeps the order given: the first account is the one apiKey() reports
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        rejectedSenderIds = Set.copyOf(rejectedSenderIds);
        failingRecipients = Set.copyOf(failingRecipients);
        failingBuyerPhones = Set.copyOf(failingBuyerPhones);
    }
}
