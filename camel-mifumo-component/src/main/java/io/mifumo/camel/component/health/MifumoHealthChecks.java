package io.mifumo.camel.component.health;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.mifumo.camel.component.MifumoAuthMode;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.service.MifumoClient;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * The component's account health checks, in Camel's "producers" and "consumers" health-check repositories.
 * <p>
 * Endpoints that use the same account (base URL, auth mode and key) share one check, so a route with many mifumo
 * endpoints calls sms/balance once per probe, not once per endpoint. A check is added when the first producer (or
 * consumer) of its account starts and removed when the last one stops.
 * <p>
 * Consumers: the polling consumers rely on the poll health check Camel's ScheduledPollConsumer brings by itself.
 * Registering this account check for them is not done: Camel 4.18's consumers repository is not writable, so
 * {@link Kind#CONSUMER} is kept for when it is.
 */
public final class MifumoHealthChecks {

    /** Which repository a check goes to, and the prefix of its id. */
    public enum Kind {
        PRODUCER("producers", "producer:mifumo-"),
        CONSUMER("consumers", "consumer:mifumo-");

        private final String repositoryId;
        private final String idPrefix;

        Kind(String repositoryId, String idPrefix) {
            this.repositoryId = repositoryId;
            this.idPrefix = idPrefix;
        }

        public String repositoryId() {
            return repositoryId;
        }
    }

    private final CamelContext camelContext;
    private final Supplier<MifumoClient> client;
    private final Supplier<BigDecimal> lowCreditThreshold;
    private final Supplier<Long> intervalMillis;
    private final Map<Key, Registration> registrations = new HashMap<>();
    private final Set<String> idsInUse = new HashSet<>();

    public MifumoHealthChecks(CamelContext camelContext, Supplier<MifumoClient> client,
                              Supplier<BigDecimal> lowCreditThreshold, Supplier<Long> intervalMillis) {
        this.camelContext = camelContext;
        this.client = client;
        this.lowCreditThreshold = lowCreditThreshold;
        this.intervalMillis = intervalMillis;
    }

    /**
     * Adds the account's check to the repository of its kind, or counts one more user of an existing one. Returns
     * the check, or null when Camel's health-check support (camel-health) is not on the classpath.
     */
    public synchronized MifumoAccountHealthCheck acquire(Kind kind, MifumoConfiguration configuration,
                                                         boolean enabled) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                camelContext, kind.repositoryId, WritableHealthCheckRepository.class);
        if (repository == null) {
            return null;
        }
        Key key = new Key(kind, configuration);
        Registration registration = registrations.get(key);
        if (registration == null) {
            MifumoAccountHealthCheck check = new MifumoAccountHealthCheck(newId(kind, configuration),
                    configuration.copy(), client, lowCreditThreshold.get(), intervalMillis.get(), Clock.systemUTC());
            check.setCamelContext(camelContext);
            check.setEnabled(enabled);
            repository.addHealthCheck(check);
            registration = new Registration(check, repository);
            registrations.put(key, registration);
        }
        registration.users++;
        return registration.check;
    }

    /**
     * Counts one user less of the account's check, and removes the check when it was the last.
     */
    public synchronized void release(Kind kind, MifumoConfiguration configuration) {
        Key key = new Key(kind, configuration);
        Registration registration = registrations.get(key);
        if (registration == null) {
            return;
        }
        registration.users--;
        if (registration.users <= 0) {
            registrations.remove(key);
            idsInUse.remove(registration.check.getId());
            registration.repository.removeHealthCheck(registration.check);
        }
    }

    /**
     * The id of a new check: the kind, the API's host and, when another account on the same host already has a
     * check in use, a number. The key never appears in it.
     */
    private String newId(Kind kind, MifumoConfiguration configuration) {
        String host;
        try {
            URI uri = URI.create(configuration.getBaseUrl().strip());
            host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (RuntimeException e) {
            host = "invalid-base-url";
        }
        String base = kind.idPrefix + host.toLowerCase(Locale.ROOT);
        String id = base;
        for (int n = 2; idsInUse.contains(id); n++) {
            id = base + "-" + n;
        }
        idsInUse.add(id);
        return id;
    }

    private static final class Registration {
        private final MifumoAccountHealthCheck check;
        private final WritableHealthCheckRepository repository;
        private int users;

        private Registration(MifumoAccountHealthCheck check, WritableHealthCheckRepository repository) {
            this.check = check;
            this.repository = repository;
        }
    }

    /** One account as the API sees it: where, how the key is sent, and which key. */
    private static final class Key {
        private final Kind kind;
        private final String baseUrl;
        private final MifumoAuthMode authMode;
        private final String apiKey;

        private Key(Kind kind, MifumoConfiguration configuration) {
            this.kind = kind;
            this.baseUrl = configuration.getBaseUrl();
            this.authMode = configuration.getAuthMode();
            this.apiKey = configuration.getApiKey();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind == key.kind && Objects.equals(baseUrl, key.baseUrl)
                   && authMode == key.authMode && Objects.equals(apiKey, key.apiKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, baseUrl, authMode, apiKey);
        }

        @Override
        public String toString() {
            // the key is a secret: never in a string
            return "Key[" + kind + " " + baseUrl + " " + authMode + "]";
        }
    }
}
