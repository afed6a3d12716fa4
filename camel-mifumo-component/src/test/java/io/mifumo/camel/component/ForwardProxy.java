package io.mifumo.camel.component;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP forward proxy on 127.0.0.1 for tests: it takes absolute-URI requests, demands Basic credentials with
 * 407 until they match, and forwards the rest to their loopback target. It records what it saw.
 */
final class ForwardProxy implements AutoCloseable {

    /** Headers a proxy does not pass on, or that java.net.http sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host",
            "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    /** What the proxy saw of one request. */
    record Seen(String method, String uri, String proxyAuthorization, boolean forwarded) {
    }

    private final HttpServer server;
    private final HttpClient forwarder = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String expectedAuthorization;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    ForwardProxy(String username, String password) throws IOException {
        expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Seen> seen() {
        return seen;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI target = exchange.getRequestURI();
            String authorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!expectedAuthorization.equals(authorization)) {
                seen.add(new Seen(exchange.getRequestMethod(), target.toString(), authorization, false));
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"x\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            // a forward proxy receives the absolute URI; only loopback targets are served
            if (!target.isAbsolute() || !"127.0.0.1".equals(target.getHost())) {
                seen.add(new Seen(exchange.getRequestMethod(), target.toString(), authorization, false));
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            seen.add(new Seen(exchange.getRequestMethod(), target.toString(), authorization, true));
            forward(exchange, target, body);
        }
    }

    private void forward(HttpExchange exchange, URI target, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = forwarder.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
            return;
        }
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
