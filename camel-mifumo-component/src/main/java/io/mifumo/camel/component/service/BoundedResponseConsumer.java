package io.mifumo.camel.component.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads an answer into memory, but no more than a set number of bytes: a larger body fails the call with
 * {@link ResponseTooLargeException} instead of exhausting the heap.
 */
final class BoundedResponseConsumer extends AbstractAsyncResponseConsumer<SimpleHttpResponse, byte[]> {

    BoundedResponseConsumer(long maxBytes) {
        super(() -> new BoundedEntityConsumer(maxBytes));
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing the component needs
    }

    @Override
    protected SimpleHttpResponse buildResult(HttpResponse response, byte[] entity, ContentType contentType) {
        SimpleHttpResponse result = SimpleHttpResponse.copy(response);
        if (entity != null) {
            result.setBody(entity, contentType);
        }
        return result;
    }

    /**
     * The body exceeded the limit.
     */
    static final class ResponseTooLargeException extends IOException {

        ResponseTooLargeException(long maxBytes) {
            super("the answer is larger than maxResponseSize (" + maxBytes + " bytes); it was not read");
        }
    }

    private static final class BoundedEntityConsumer extends AbstractBinAsyncEntityConsumer<byte[]> {

        private final long maxBytes;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        BoundedEntityConsumer(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void streamStart(ContentType contentType) {
            buffer.reset();
        }

        @Override
        protected int capacityIncrement() {
            return 64 * 1024;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            if (buffer.size() + (long) src.remaining() > maxBytes) {
                throw new ResponseTooLargeException(maxBytes);
            }
            byte[] chunk = new byte[src.remaining()];
            src.get(chunk);
            buffer.write(chunk);
        }

        @Override
        protected byte[] generateContent() {
            return buffer.toByteArray();
        }

        @Override
        public void releaseResources() {
            buffer.reset();
        }
    }
}
