package io.mifumo.camel.component.binding;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MultipartBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The file of contacts/import, sent as the user gave it (CSV or Excel; the component does not parse it). A File, a
 * Path or a Camel GenericFile of a local file is read from disk while the request is written; an InputStream is read
 * once into memory up to 1 MiB and beyond that into a temporary file deleted when the exchange completes, so a file
 * of any size takes bounded memory; byte[] and String (sent as UTF-8) are already in memory.
 */
final class Uploads {

    /** An InputStream above this is spooled to a temporary file rather than held in memory. */
    static final int MEMORY_LIMIT = 1 << 20;

    private static final String DEFAULT_NAME = "contacts.csv";

    private Uploads() {
    }

    static MultipartBody contactsFile(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
        Object body = in.getBody();
        if (body instanceof WrappedFile<?> wrapped) {
            // a GenericFile from a file: or ftp: consumer: its local file if it has one, else its content
            body = wrapped.getFile() instanceof File file ? file : wrapped.getBody();
        }

        byte[] bytes = null;
        Path path = null;
        if (body instanceof byte[] content) {
            bytes = content;
        } else if (body instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else if (body instanceof File file) {
            path = file.toPath();
        } else if (body instanceof Path given) {
            path = given;
        } else if (body != null) {
            InputStream stream = in.getExchange().getContext().getTypeConverter()
                    .tryConvertTo(InputStream.class, in.getExchange(), body);
            if (stream != null) {
                Object spooled = spool(stream, in.getExchange());
                if (spooled instanceof byte[] content) {
                    bytes = content;
                } else {
                    path = (Path) spooled;
                }
            }
        }
        if (bytes == null && path == null) {
            throw new MifumoValidationException(operation.uriName(), List.of(
                    "no file to import: the body must be a File, a GenericFile, an InputStream, a byte[] or a String;"
                                                                              + " got "
                                                                              + MessagingInputs.describe(body)));
        }
        if (path != null && !Files.isRegularFile(path)) {
            throw new MifumoValidationException(operation.uriName(), List.of(
                    "no file to import: " + path + " is not a readable file"));
        }

        String fileName = fileName(configuration, in, path);
        String contentType = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.CONTENT_TYPE, String.class),
                configuration.getContentType(), guessType(fileName));
        MultipartBody.Builder multipart = MultipartBody.builder();
        String tags = MessagingInputs.text(in, MifumoConstants.TAGS, configuration.getTags());
        if (tags != null) {
            multipart.field("tags", tags);
        }
        try {
            if (path != null) {
                multipart.file("file", fileName, contentType, path);
            } else {
                multipart.file("file", fileName, contentType, bytes);
            }
        } catch (IOException e) {
            throw new MifumoValidationException(operation.uriName(), List.of(
                    "cannot read the file to import " + path + ": " + e.getMessage()));
        }
        return multipart.build();
    }

    /**
     * The file name: the header, the option, the file's own name, the file consumer's header, or contacts.csv.
     */
    private static String fileName(MifumoConfiguration configuration, Message in, Path path) {
        String consumed = Inputs.firstNonEmpty(in.getHeader(Exchange.FILE_NAME_ONLY, String.class),
                in.getHeader(Exchange.FILE_NAME, String.class));
        if (consumed != null) {
            consumed = consumed.substring(Math.max(consumed.lastIndexOf('/'), consumed.lastIndexOf('\\')) + 1);
        }
        return Inputs.firstNonEmpty(in.getHeader(MifumoConstants.FILE_NAME, String.class), configuration.getFileName(),
                path == null ? null : path.getFileName().toString(), consumed, DEFAULT_NAME);
    }

    static String guessType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "text/csv";
        } else if (name.endsWith(".txt")) {
            return "text/plain";
        } else if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        } else if (name.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        return "application/octet-stream";
    }

    /**
     * Reads the stream to its end: the bytes if they fit in {@link #MEMORY_LIMIT}, else a temporary file deleted
     * when the exchange completes. The stream is closed.
     */
    private static Object spool(InputStream stream, Exchange exchange) {
        try (InputStream source = stream) {
            byte[] head = source.readNBytes(MEMORY_LIMIT + 1);
            if (head.length <= MEMORY_LIMIT) {
                return head;
            }
            Path file = Files.createTempFile("mifumo-import-", ".upload");
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        file.toFile().deleteOnExit();
                    }
                }
            });
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(head);
                source.transferTo(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the file to import: " + e.getMessage(), e);
        }
    }
}
