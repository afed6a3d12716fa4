package io.mifumo.camel.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** The one handler behind every path: reads the request, applies faults, logs it and writes the answer. */
final class SandboxHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(MifumoSandbox.class.getName());

    /** Bodies above 1 MiB are refused; no real send comes near it and the sandbox keeps every body in memory. */
    private static final int MAX_BODY = 1 << 20;

    private final SandboxState state;
    private final ApiHandler api;
    private final MessagingHandler messaging;
    private final int maxUpload;
    private final AdminHandler admin;
    private final String defaultHost;

    SandboxHttpHandler(SandboxState state, AdminHandler admin, MessagingState messaging, String defaultHost) {
        this.state = state;
        this.api = new ApiHandler(state);
        this.messaging = new MessagingHandler(messaging);
        this.maxUpload = messaging.config().maxUploadBytes();
        this.admin = admin;
        this.defaultHost = defaultHost;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        Instant received = state.now();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String logPath = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            // a contacts file may be larger than any JSON body
            int limit = MessagingHandler.isUpload(path) ? maxUpload : MAX_BODY;
            byte[] body = readBody(exchange.getRequestBody(), limit);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            ApiRequest request = new ApiRequest(method, path, ApiRequest.parseQuery(uri.getRawQuery()), headers,
                    body == null ? new byte[0] : body);
            String host = request.header("Host") == null ? defaultHost : request.header("Host");

            if (path.equals(AdminHandler.ROOT) || path.startsWith(AdminHandler.ROOT + "/")) {
                // admin calls steer the sandbox: they are not logged, not rate-limited and never faulted
                write(exchange, body == null ? tooLarge(limit) : admin.handle(request));
                return;
            }

            Consumer<String> hook = state.requestHook();
            if (hook != null) {
                hook.accept(method + " " + logPath);
            }
            Fault fault = state.takeFault(method, path);
            Reply reply;
            if (body == null) {
                reply = tooLarge(limit);
            } else if (fault == null || fault.handlesFirst()) {
                reply = MessagingHandler.handles(path) ? messaging.handle(request, host) : api.handle(request, host);
            } else {
                reply = null;
            }
            if (fault != null) {
                reply = switch (fault.action()) {
                    case REAL -> reply;
                    case DROP -> null;
                    case RESPOND -> Reply.raw(fault.status(), fault.contentType(), fault.body())
                            .headers(fault.headers());
                };
            }
            // logged before any delay or write, so a client that timed out can already see its request arrived
            state.record(new RecordedRequest(method, logPath, headers,
                    body == null ? "" : new String(body, StandardCharsets.UTF_8), received,
                    reply == null ? 0 : reply.status()));

            if (fault != null) {
                pause(fault.delayValue());
            }
            if (reply == null) {
                drop(exchange);
            } else if (fault != null && fault.action() == Fault.Action.RESPOND && fault.truncateAtValue() >= 0) {
                writeTruncated(exchange, reply, fault.truncateAtValue());
            } else {
                write(exchange, reply);
            }
        } catch (InterruptedException e) {
            // the sandbox is closing while a delayed fault waits: give up on the answer
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sandbox failed on " + method + " " + uri.getRawPath(), e);
            write(exchange, Reply.json(500, Json.error("Internal server error", "SANDBOX_ERROR")));
        } finally {
            LOG.log(Level.DEBUG, () -> method + " " + uri.getRawPath() + " -> " + statusText(exchange) + " in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        }
    }

    private static String statusText(HttpExchange exchange) {
        int code = exchange.getResponseCode();
        return code < 0 ? "dropped" : Integer.toString(code);
    }

    private static Reply tooLarge(int limit) {
        return Reply.json(413, Json.detail("Request body exceeds " + limit + " bytes."));
    }

    /** The whole body, or {@code null} if it is above the limit. */
    private static byte[] readBody(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    private static void pause(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }

    static void write(HttpExchange exchange, Reply reply) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (reply.contentType() != null) {
            headers.set("Content-Type", reply.contentType());
        }
        for (Map.Entry<String, String> header : reply.headerList()) {
            headers.add(header.getKey(), header.getValue());
        }
        byte[] body = reply.body();
        int status = reply.status();
        // HEAD, 204 and 304 carry no body; a length of 0 would mean chunked to HttpServer, so -1 says "none"
        boolean none = body.length == 0 || status == 204 || status == 304
                || "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        try {
            exchange.sendResponseHeaders(status, none ? -1 : body.length);
            if (!none) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client went away (e.g. its read timeout fired during a delay); nothing is left to tell it
            LOG.log(Level.DEBUG, () -> "Client gone before the answer was written: " + e);
        } finally {
            exchange.close();
        }
    }

    /**
     * Closes the connection with no answer: closing an exchange whose headers were never sent makes HttpServer
     * close the socket, so the client reads end-of-stream (or a reset, if it was still sending).
     */
    private static void drop(HttpExchange exchange) {
        exchange.close();
    }

    /**
     * Announces the full length, sends only the first bytes, then fails the handler: HttpServer answers a handler
     * exception by closing the connection, so the client sees the body end early.
     */
    private static void writeTruncated(HttpExchange exchange, Reply reply, int keep) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (reply.contentType() != null) {
            headers.set("Content-Type", reply.contentType());
        }
        for (Map.Entry<String, String> header : reply.headerList()) {
            headers.add(header.getKey(), header.getValue());
        }
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(Arrays.copyOf(body, Math.min(keep, body.length)));
        out.flush();
        throw new IOException("Sandbox fault: response truncated after " + keep + " of " + body.length + " bytes");
    }
}
