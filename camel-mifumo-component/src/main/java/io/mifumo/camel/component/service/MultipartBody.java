package io.mifumo.camel.component.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * A {@code multipart/form-data} body (RFC 7578) of text fields and one or more files. A file given as a path is read
 * from disk while the request is written, 64 KiB at a time, so an upload of any size holds only that much in memory;
 * the body can be written again (a retry after a 401 or 429) because every attempt opens the file anew.
 */
public final class MultipartBody {

    private static final int CHUNK = 64 * 1024;

    private final String boundary;
    private final List<Object> segments;
    private final long contentLength;

    private MultipartBody(String boundary, List<Object> segments) {
        this.boundary = boundary;
        this.segments = List.copyOf(segments);
        long length = 0;
        for (Object segment : segments) {
            length += segment instanceof byte[] bytes ? bytes.length : ((FileSegment) segment).size;
        }
        this.contentLength = length;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code multipart/form-data; boundary=...}. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public long contentLength() {
        return contentLength;
    }

    /** A fresh producer for one attempt of the request. */
    AsyncEntityProducer producer() {
        return new Producer();
    }

    private record FileSegment(Path path, long size) {
    }

    /** Collects the parts in order. */
    public static final class Builder {

        private final String boundary = "mifumo-" + HexFormat.of().formatHex(randomBytes());
        private final List<Object> segments = new ArrayList<>();

        private Builder() {
        }

        private static byte[] randomBytes() {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            return bytes;
        }

        /** A plain text field. */
        public Builder field(String name, String value) {
            segments.add(ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name)
                               + "\"\r\n\r\n"));
            segments.add(value.getBytes(StandardCharsets.UTF_8));
            segments.add(ascii("\r\n"));
            return this;
        }

        /** A file part whose content is in memory. */
        public Builder file(String name, String fileName, String contentType, byte[] content) {
            segments.add(fileHeader(name, fileName, contentType));
            segments.add(content);
            segments.add(ascii("\r\n"));
            return this;
        }

        /** A file part read from disk while the request is written. */
        public Builder file(String name, String fileName, String contentType, Path path) throws IOException {
            segments.add(fileHeader(name, fileName, contentType));
            segments.add(new FileSegment(path, Files.size(path)));
            segments.add(ascii("\r\n"));
            return this;
        }

        public MultipartBody build() {
            List<Object> all = new ArrayList<>(segments);
            all.add(ascii("--" + boundary + "--\r\n"));
            return new MultipartBody(boundary, all);
        }

        private byte[] fileHeader(String name, String fileName, String contentType) {
            // the file name is UTF-8 as browsers send it; quotes and line breaks are percent-encoded as the
            // HTML form encoding does, so no name can break out of the header
            return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\""
                    + quoted(fileName) + "\"\r\nContent-Type: " + contentType.replaceAll("[\\r\\n]", "") + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }

        private static String quoted(String value) {
            return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        }

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Writes the segments in order; reads files chunk by chunk on the I/O thread as the connection takes them. */
    private final class Producer implements AsyncEntityProducer {

        private int index;
        private ByteBuffer buffer;
        private FileChannel file;

        @Override
        public boolean isRepeatable() {
            return true;
        }

        @Override
        public long getContentLength() {
            return contentLength;
        }

        @Override
        public String getContentType() {
            return MultipartBody.this.contentType();
        }

        @Override
        public String getContentEncoding() {
            return null;
        }

        @Override
        public boolean isChunked() {
            return false;
        }

        @Override
        public Set<String> getTrailerNames() {
            return Set.of();
        }

        @Override
        public int available() {
            return buffer != null && buffer.hasRemaining() ? buffer.remaining() : CHUNK;
        }

        @Override
        public void produce(DataStreamChannel channel) throws IOException {
            while (true) {
                if (buffer == null || !buffer.hasRemaining()) {
                    if (!next()) {
                        channel.endStream();
                        return;
                    }
                }
                channel.write(buffer);
                if (buffer.hasRemaining()) {
                    // the connection is full: the reactor calls produce again when it can take more
                    return;
                }
            }
        }

        /** Loads the next bytes to write; false when everything was written. */
        private boolean next() throws IOException {
            while (true) {
                if (file != null) {
                    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
                    if (file.read(chunk) > 0) {
                        buffer = chunk.flip();
                        return true;
                    }
                    file.close();
                    file = null;
                    index++;
                    continue;
                }
                if (index >= segments.size()) {
                    return false;
                }
                Object segment = segments.get(index);
                if (segment instanceof byte[] bytes) {
                    buffer = ByteBuffer.wrap(bytes);
                    index++;
                    if (buffer.hasRemaining()) {
                        return true;
                    }
                } else {
                    file = FileChannel.open(((FileSegment) segment).path(), StandardOpenOption.READ);
                }
            }
        }

        @Override
        public void failed(Exception cause) {
            releaseResources();
        }

        @Override
        public void releaseResources() {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    // nothing left to do with a file we only read
                }
                file = null;
            }
            buffer = null;
            index = 0;
        }
    }
}
