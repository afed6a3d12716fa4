package io.mifumo.camel.component;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.mifumo.camel.component.exception.MifumoTransportException;
import io.mifumo.camel.component.model.sms.SmsBalance;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS through Camel's SSLContextParameters: an https server on 127.0.0.1 with a self-signed certificate made at test
 * time is refused without its trust store and accepted with it.
 */
class TlsTest {

    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path dir;

    private static Path keyStore;
    private static HttpsServer server;
    private static final AtomicInteger ANSWERED = new AtomicInteger();

    private CamelContext context;
    private MifumoComponent component;

    @BeforeAll
    static void startServer() throws Exception {
        keyStore = dir.resolve("server.p12");
        // a certificate for the address the client connects to, so hostname verification passes once it is trusted
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "mifumo-test", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD.toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/api/integration/v1/sms/balance/", exchange -> {
            try (exchange) {
                byte[] body = "{\"balance\":42,\"currency\":\"credits\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                ANSWERED.incrementAndGet();
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        component = new MifumoComponent();
        component.getConfiguration().setApiKey("tls-test-key");
        component.getConfiguration().setBaseUrl("https://127.0.0.1:" + server.getAddress().getPort());
        component.getConfiguration().setMaxRetries(0);
        context.addComponent("mifumo", component);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private SSLContextParameters trustingTheServer() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + keyStore.toAbsolutePath());
        store.setType("PKCS12");
        store.setPassword(STORE_PASSWORD);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    private Exchange balance() {
        context.start();
        return context.createProducerTemplate().request("mifumo:sms/balance", exchange -> { });
    }

    @Test
    void selfSignedServerIsRefusedWithoutTheTrustStore() {
        int before = ANSWERED.get();

        Exchange exchange = balance();

        assertThat(exchange.getException()).isInstanceOf(MifumoTransportException.class)
                .hasMessageContaining("The request was not sent");
        assertThat(((MifumoTransportException) exchange.getException()).isMayHaveBeenDelivered()).isFalse();
        assertThat(ANSWERED.get()).isEqualTo(before);
    }

    @Test
    void selfSignedServerIsAcceptedWithTheTrustStoreAsSslContextParameters() {
        component.setSslContextParameters(trustingTheServer());

        Exchange exchange = balance();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(SmsBalance.class).getBalance()).isEqualByComparingTo("42");
    }

    @Test
    void globalSslContextParametersAreUsedWhenAskedFor() {
        context.setSSLContextParameters(trustingTheServer());
        component.setUseGlobalSslContextParameters(true);

        Exchange exchange = balance();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MifumoConstants.BALANCE, Integer.class)).isEqualTo(42);
    }
}
