package io.mifumo.camel.component.health;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.binding.Inputs;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoAuthenticationException;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoTransportException;
import io.mifumo.camel.component.model.sms.SmsBalance;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Checks one Mifumo account by calling sms/balance: DOWN when the API refuses the key (401) or cannot be reached,
 * UP otherwise. A balance below the low-credit threshold stays UP and adds a warning to the details.
 * <p>
 * The answer is kept for the check interval, so that frequent probes (a readiness probe every few seconds) do not
 * spend the API's hourly request limit (1000 requests per key per hour) on health checks.
 */
public class MifumoAccountHealthCheck extends AbstractHealthCheck {

    /** Detail: the credit balance sms/balance reported. */
    public static final String BALANCE = "mifumo.balance";
    /** Detail: the unit of the balance. */
    public static final String CURRENCY = "mifumo.currency";
    /** Detail: the configured low-credit threshold. */
    public static final String LOW_CREDIT_THRESHOLD = "mifumo.low.credit.threshold";
    /** Detail: true when the balance is below the threshold. */
    public static final String LOW_CREDIT = "mifumo.low.credit";
    /** Detail: a sentence for people when something needs attention but the check is UP. */
    public static final String WARNING = "mifumo.warning";
    /** Detail: the API's host and port (never the key). */
    public static final String API = "mifumo.api";
    /** Detail: when the API was last called for this check. */
    public static final String CHECKED_AT = "mifumo.checked.at";

    private final MifumoConfiguration configuration;
    private final Supplier<MifumoClient> client;
    private final BigDecimal lowCreditThreshold;
    private final long intervalMillis;
    private final Clock clock;
    private final Object lock = new Object();
    private Probe last;

    /**
     * @param id                 the check's id, unique in its repository
     * @param configuration      the options of the endpoint whose account is checked (key, base URL, timeouts)
     * @param client             the component's shared HTTP client
     * @param lowCreditThreshold below this balance the details carry a warning; null or zero turns it off
     * @param intervalMillis     how long an answer is reused before the API is called again; 0 calls every time
     */
    public MifumoAccountHealthCheck(String id, MifumoConfiguration configuration, Supplier<MifumoClient> client,
                                    BigDecimal lowCreditThreshold, long intervalMillis, Clock clock) {
        super("camel", id);
        this.configuration = configuration;
        this.client = client;
        this.lowCreditThreshold = lowCreditThreshold;
        this.intervalMillis = intervalMillis;
        this.clock = clock;
    }

    /**
     * Readiness only: an SMS gateway that is down makes the application unable to send, but restarting the
     * application (what a failed liveness probe does) would not bring it back.
     */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Probe probe = probe();
        builder.details(probe.details);
        builder.detail(API, apiAddress());
        if (probe.error != null) {
            builder.error(probe.error);
        }
        builder.message(probe.message);
        builder.state(probe.state);
    }

    private Probe probe() {
        synchronized (lock) {
            Instant now = clock.instant();
            if (last == null || intervalMillis <= 0 || !now.isBefore(last.at.plusMillis(intervalMillis))) {
                last = callApi(now);
            }
            return last;
        }
    }

    private Probe callApi(Instant now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(CHECKED_AT, now.toString());

        MifumoOperation operation = MifumoOperation.SMS_BALANCE;
        MifumoHttpResponse response;
        try {
            response = client.get().execute(Inputs.request(operation, configuration, operation.pathTemplate()))
                    .get(configuration.getConnectTimeout() + configuration.getRequestTimeout() + 1000,
                            TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(now, HealthCheck.State.UNKNOWN, "interrupted while calling sms/balance", e, details);
        } catch (TimeoutException e) {
            return new Probe(now, HealthCheck.State.DOWN, "sms/balance did not answer in time", e, details);
        } catch (ExecutionException | CompletionException e) {
            return failed(now, e.getCause() == null ? e : e.getCause(), details);
        }

        try {
            SmsBalance balance = Inputs.object(response.getBody(), SmsBalance.class);
            details.put(HealthCheck.HTTP_RESPONSE_CODE, response.getStatusCode());
            details.put(BALANCE, balance.getBalance());
            if (balance.getCurrency() != null) {
                details.put(CURRENCY, balance.getCurrency());
            }
            String message = "the API accepted the key";
            if (lowCreditThreshold != null && lowCreditThreshold.signum() > 0) {
                details.put(LOW_CREDIT_THRESHOLD, lowCreditThreshold);
                boolean low = balance.getBalance() != null && balance.getBalance().compareTo(lowCreditThreshold) < 0;
                details.put(LOW_CREDIT, low);
                if (low) {
                    message = "low credit: " + balance.getBalance().toPlainString() + " left, below the threshold "
                              + lowCreditThreshold.toPlainString();
                    details.put(WARNING, message);
                }
            }
            return new Probe(now, HealthCheck.State.UP, message, null, details);
        } catch (Exception e) {
            // the API answered 2xx: reachable and the key accepted, only the body is not the documented shape
            details.put(HealthCheck.HTTP_RESPONSE_CODE, response.getStatusCode());
            details.put(WARNING, "sms/balance answered with an unexpected body: " + e.getMessage());
            return new Probe(now, HealthCheck.State.UP, "the API accepted the key", null, details);
        }
    }

    private static Probe failed(Instant now, Throwable failure, Map<String, Object> details) {
        if (failure instanceof MifumoApiException api) {
            details.put(HealthCheck.HTTP_RESPONSE_CODE, api.getStatusCode());
        }
        if (failure instanceof MifumoAuthenticationException) {
            return new Probe(now, HealthCheck.State.DOWN, "the API refused the API key (HTTP 401)", failure, details);
        }
        if (failure instanceof MifumoTransportException || !(failure instanceof MifumoException)) {
            return new Probe(now, HealthCheck.State.DOWN, "cannot reach the API: " + failure.getMessage(), failure,
                    details);
        }
        // reachable and the key was not refused (a 429, a 5xx, a 403): sends may still work, so the check stays UP
        // and says what it saw
        details.put(WARNING, failure.getMessage());
        return new Probe(now, HealthCheck.State.UP, "the API answered sms/balance with an error", null, details);
    }

    private String apiAddress() {
        try {
            URI uri = URI.create(configuration.getBaseUrl().strip());
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (RuntimeException e) {
            return "invalid baseUrl";
        }
    }

    private record Probe(Instant at, HealthCheck.State state, String message, Throwable error,
                         Map<String, Object> details) {
    }
}
