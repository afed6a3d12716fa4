package io.mifumo.camel.component;

import io.mifumo.camel.component.consumer.DeliveryReportsConsumer;
import io.mifumo.camel.component.consumer.MessageStatusConsumer;
import io.mifumo.camel.component.consumer.MifumoPollStrategy;
import io.mifumo.camel.component.consumer.MifumoPollingConsumer;
import io.mifumo.camel.component.consumer.PaymentStatusConsumer;
import io.mifumo.camel.component.consumer.PollExceptionHandler;
import io.mifumo.camel.component.operation.MifumoOperation;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Sends SMS and reads message status, the credit balance and delivery reports; runs white-label tenants, their
 * sender IDs and mobile-money payments; polls for delivery reports, status changes and payments; and manages
 * contacts, templates, campaigns and sender IDs through the messaging API.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "mifumo", title = "Mifumo SMS", syntax = "mifumo:operation",
             category = { Category.CLOUD, Category.API, Category.MOBILE }, headersClass = MifumoConstants.class)
public class MifumoEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint {

    /** Polls every minute by default: the API allows 1000 requests an hour. */
    static final long DEFAULT_DELAY = 60_000;

    @UriPath(enums = MifumoOperation.NAMES,
             description = "The API operation, written as its path. The integration API (API key): sms/send,"
                           + " sms/status, sms/balance, sms/delivery-reports, and the white-label partner/..."
                           + " operations."
                           + " The messaging API (email and password, or accessToken): contacts/..., templates/...,"
                           + " campaigns/..., sender-ids/..., sms/quick, sms/stats, sms/validate-phone.")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private MifumoConfiguration configuration;

    // only documents the consumers' default delay for the metadata; the value lives in ScheduledPollEndpoint
    @UriParam(label = "consumer,scheduler", defaultValue = "60000", javaType = "long",
              description = "Milliseconds before the next poll. The default of one minute keeps a poller well inside"
                            + " the API's limit of 1000 requests an hour.")
    @SuppressWarnings("unused")
    private long delay = DEFAULT_DELAY;

    private MifumoOperation resolvedOperation;

    public MifumoEndpoint(String uri, MifumoComponent component, MifumoOperation operation,
                          MifumoConfiguration configuration) {
        super(uri, component);
        this.resolvedOperation = operation;
        this.operation = operation.uriName();
        this.configuration = configuration;
    }

    @Override
    public MifumoComponent getComponent() {
        return (MifumoComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new MifumoProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        MifumoPollingConsumer consumer;
        switch (resolvedOperation) {
            case SMS_DELIVERY_REPORTS:
                consumer = new DeliveryReportsConsumer(this, processor);
                break;
            case SMS_STATUS:
                consumer = new MessageStatusConsumer(this, processor);
                break;
            case PARTNER_PAYMENTS_STATUS:
                consumer = new PaymentStatusConsumer(this, processor);
                break;
            default:
                throw new UnsupportedOperationException(
                        "mifumo:" + operation + " cannot start a route. Operations with a consumer:"
                                                        + " sms/delivery-reports, sms/status, partner/payments/status");
        }
        configureConsumer(consumer);
        if (getPollStrategy() == null) {
            // a pollStrategy option wins; otherwise one that logs a failure streak once
            consumer.setPollStrategy(new MifumoPollStrategy());
            if (getExceptionHandler() == null) {
                consumer.setExceptionHandler(new PollExceptionHandler(getCamelContext(), consumer.getClass()));
            }
        }
        return consumer;
    }

    @Override
    public long getDefaultDelay() {
        return DEFAULT_DELAY;
    }

    public String getOperation() {
        return operation;
    }

    /**
     * The API operation.
     */
    public void setOperation(String operation) {
        this.resolvedOperation = MifumoOperation.fromUriName(operation);
        this.operation = resolvedOperation.uriName();
    }

    public MifumoOperation getResolvedOperation() {
        return resolvedOperation;
    }

    public MifumoConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's options.
     */
    public void setConfiguration(MifumoConfiguration configuration) {
        this.configuration = configuration;
    }
}
