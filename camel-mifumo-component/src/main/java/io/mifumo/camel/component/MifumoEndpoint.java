package io.mifumo.camel.component;

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
import org.apache.camel.support.DefaultEndpoint;

/**
 * Sends SMS, reads message status, the credit balance and delivery reports, and runs white-label tenants, their
 * sender IDs and mobile-money payments through the Mifumo SMS API.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "mifumo", title = "Mifumo SMS", syntax = "mifumo:operation",
             producerOnly = true, category = { Category.CLOUD, Category.API, Category.MOBILE },
             headersClass = MifumoConstants.class)
public class MifumoEndpoint extends DefaultEndpoint implements AsyncEndpoint {

    @UriPath(enums = MifumoOperation.NAMES,
             description = "The API operation, written as its path: sms/send, sms/status, sms/balance,"
                           + " sms/delivery-reports, or one of the partner (white-label) operations partner/...")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private MifumoConfiguration configuration;

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
        throw new UnsupportedOperationException(
                "mifumo:" + operation + " cannot start a route: the mifumo component has producers only so far");
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
