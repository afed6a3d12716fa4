package io.mifumo.camel.component.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MultipartBodyTest {

    @TempDir
    Path dir;

    /** A channel that takes at most a few bytes per write, as a full socket does. */
    private static final class SlowChannel implements DataStreamChannel {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        boolean ended;

        @Override
        public void requestOutput() {
        }

        @Override
        public int write(ByteBuffer src) {
            int n = Math.min(7, src.remaining());
            byte[] chunk = new byte[n];
            src.get(chunk);
            written.writeBytes(chunk);
            return n;
        }

        @Override
        public void endStream(List<? extends Header> trailers) {
            ended = true;
        }

        @Override
        public void endStream() {
            ended = true;
        }
    }

    private static byte[] drain(AsyncEntityProducer producer) throws Exception {
        SlowChannel channel = new SlowChannel();
        int calls = 0;
        while (!channel.ended && calls++ < 1_000_000) {
            producer.produce(channel);
        }
        producer.releaseResources();
        assertThat(channel.ended).isTrue();
        return channel.written.toByteArray();
    }

    @Test
    void writesFieldsAndFilesInOrderWithTheAnnouncedLength() throws Exception {
        Path file = dir.resolve("big.csv");
        byte[] content = "phone\n0754000111\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        MultipartBody body = MultipartBody.builder()
                .field("tags", "VIP,Customer")
                .file("file", "big.csv", "text/csv", file)
                .build();

        byte[] first = drain(body.producer());
        // every attempt (a retry after a 401) writes the same bytes again
        byte[] second = drain(body.producer());

        assertThat(first).hasSize((int) body.contentLength()).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        String boundary = body.contentType().substring(body.contentType().indexOf("boundary=") + 9);
        assertThat(text).startsWith("--" + boundary + "\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\n"
                                    + "VIP,Customer\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
                                    + " name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\nphone\n")
                .endsWith("0754000111\n\r\n--" + boundary + "--\r\n");
    }

    @Test
    void aFileNameCannotBreakOutOfItsHeader() throws Exception {
        MultipartBody body = MultipartBody.builder()
                .file("file", "a\"b\r\nX-Evil: 1.csv", "text/csv\r\nX-Evil: 2", new byte[] { 'x' })
                .build();
        String text = new String(drain(body.producer()), StandardCharsets.UTF_8);
        assertThat(text).contains("filename=\"a%22b%0D%0AX-Evil: 1.csv\"", "Content-Type: text/csvX-Evil: 2\r\n")
                .doesNotContain("\r\nX-Evil");
    }
}
