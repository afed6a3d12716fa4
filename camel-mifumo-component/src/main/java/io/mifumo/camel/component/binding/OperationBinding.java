package io.mifumo.camel.component.binding;

import java.util.List;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.ApiCaller;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import org.apache.camel.Message;

/**
 * How one operation turns a message into a request, and a successful answer back into the message. Each API family
 * keeps its bindings in one class; {@link Bindings} maps every operation of the table to its binding.
 */
public interface OperationBinding {

    /**
     * Reads headers, body and options into a request.
     *
     * @throws io.mifumo.camel.component.exception.MifumoValidationException naming every bad value; nothing is sent
     */
    PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in);

    /**
     * Maps a 2xx answer onto the message: the body and the CamelMifumo* headers.
     *
     * @throws Exception when the answer does not have the documented shape
     */
    void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception;

    /**
     * Maps a 2xx answer onto the message, with a caller for further requests (the next pages of a list read lazily).
     * By default the answer alone is mapped.
     *
     * @throws Exception when the answer does not have the documented shape
     */
    default void complete(PreparedCall call, MifumoHttpResponse response, Message out, ApiCaller caller)
            throws Exception {
        complete(call, response, out);
    }

    /**
     * Splits a prepared call into the requests to make one after the other; most operations make one.
     */
    default List<PreparedCall> split(PreparedCall call, MifumoConfiguration configuration) {
        return List.of(call);
    }

    /**
     * Maps the outcomes of a split call onto the message, once every request is done.
     *
     * @throws Exception the failure to set on the exchange, when the outcomes add up to one
     */
    default void completeChunks(List<ChunkOutcome> outcomes, Message out, MifumoConfiguration configuration)
            throws Exception {
        throw new IllegalStateException("this operation is never split");
    }
}
