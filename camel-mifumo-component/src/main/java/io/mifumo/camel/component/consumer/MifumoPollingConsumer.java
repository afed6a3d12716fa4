package io.mifumo.camel.component.consumer;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoEndpoint;
import io.mifumo.camel.component.binding.Inputs;
import io.mifumo.camel.component.service.MifumoClient;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.ObjectHelper;

/**
 * Shared by the mifumo polling consumers: the scheduled poll, the idempotent repository that remembers what was
 * emitted, and a batch loop that marks an item as done only after its exchange completed.
 */
public abstract class MifumoPollingConsumer extends ScheduledBatchPollingConsumer {

    static final int DEFAULT_REPOSITORY_SIZE = 100_000;

    protected final MifumoEndpoint endpoint;
    protected final MifumoConfiguration configuration;
    protected MifumoClient client;
    protected IdempotentRepository repository;
    private boolean ownRepository;
    private volatile boolean failedSinceFullPass;

    protected MifumoPollingConsumer(MifumoEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
    }

    @Override
    protected void doStart() throws Exception {
        if (ObjectHelper.isEmpty(configuration.getApiKey())) {
            throw new IllegalArgumentException(
                    "No apiKey for mifumo:" + endpoint.getOperation() + ": set the apiKey option on the endpoint or"
                                               + " on the mifumo component");
        }
        client = endpoint.getComponent().getClient();
        repository = configuration.getIdempotentRepository();
        if (repository == null) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
            ownRepository = true;
        }
        ServiceHelper.startService(repository);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
    }

    /**
     * A request for this endpoint's operation at the given path, with its credentials and timeouts.
     */
    protected MifumoHttpRequest request(String path) {
        return Inputs.request(endpoint.getResolvedOperation(), configuration, path);
    }

    /**
     * Calls the API and waits for the answer (the poll runs on the scheduler's thread). The wait is bounded by
     * the request timeout.
     */
    protected JsonNode fetch(MifumoHttpRequest request) throws Exception {
        try {
            return client.execute(request).get().getBody();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Whether an exchange failed since the last poll that read everything; such a poll must read everything again,
     * to offer the failed item anew.
     */
    protected boolean isFailedSinceFullPass() {
        return failedSinceFullPass;
    }

    protected void fullPassDone() {
        failedSinceFullPass = false;
    }

    /**
     * Emits the pending items in order, with Camel's batch properties.
     */
    protected int emit(List<Pending> items) throws Exception {
        return processBatch(new ArrayDeque<>(items));
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        if (maxMessagesPerPoll > 0 && total > maxMessagesPerPoll) {
            total = maxMessagesPerPoll;
        }
        int processed = 0;
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Pending pending = (Pending) exchanges.poll();
            Exchange exchange = pending.exchange();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;

            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            processed++;

            if (exchange.getException() == null) {
                pending.done().run();
            } else {
                getExceptionHandler().handleException("Error processing " + pending.description(), exchange,
                        exchange.getException());
                if (configuration.isMarkFailedAsDone()) {
                    pending.done().run();
                } else {
                    failedSinceFullPass = true;
                }
            }
        }
        pendingExchanges = 0;
        return processed;
    }

    /**
     * An exchange to emit, what marks it as done once processed, and a description for logs.
     */
    protected record Pending(Exchange exchange, Runnable done, String description) {
    }
}
