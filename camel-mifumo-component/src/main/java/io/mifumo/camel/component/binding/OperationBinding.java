package io.mifumo.camel.component.binding;

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
}
