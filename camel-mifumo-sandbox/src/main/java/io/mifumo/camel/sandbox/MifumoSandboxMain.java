package io.mifumo.camel.sandbox;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/** Runs the sandbox on its own until Ctrl-C, for demos and local runs; {@code --help} lists the flags. */
public final class MifumoSandboxMain {

    /** A fixed port, so demo configurations can name it. */
    static final int DEFAULT_PORT = 8089;

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: MifumoSandboxMain [options]",
            "  --port N               port on 127.0.0.1, 0 = any free port (default 8089)",
            "  --api-key K            API key of the account (default sandbox-key)",
            "  --balance N            credits of the account (default 10000)",
            "  --user EMAIL:PASSWORD  web-application user for /api/auth/login/ (default"
                    + " sandbox@mifumo.test:sandbox-password)",
            "  --access-token-seconds N  lifetime of a JWT access token (default 300)",
            "  --campaign-rate N      recipients a running campaign sends per second (default 20)",
            "  --delivery-delay-ms N  time until a recipient is delivered or failed (default 200)",
            "  --failure-ratio R      share of recipients that fail, 0..1 (default 0)",
            "  --seed N               seed of the failure draws (default 42)",
            "  --rate-limit N         requests per key per hour (default 1000)",
            "  --reject-sender-id S   refuse this sender ID with SENDER_ID_REJECTED (repeatable)",
            "  --failing-recipient P  recipient (E.164) whose messages always fail (repeatable)",
            "  --report-shape S       LIST, RESULTS, DATA_LIST or DATA_RESULTS (default RESULTS)",
            "  --payment-delay-ms N   time until a partner payment completes by itself (default 1000)",
            "  --manual-payments      payments stay pending until POST /__sandbox/payments/{id}/complete|fail|cancel",
            "  --failing-buyer-phone P  buyer phone (local form) whose payments fail (repeatable)");

    private MifumoSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MifumoSandbox sandbox;
        String apiKey = MifumoSandbox.DEFAULT_API_KEY;
        long balance = MifumoSandbox.DEFAULT_BALANCE;
        String user = null;
        MifumoSandbox.Builder builder = MifumoSandbox.builder().port(DEFAULT_PORT);
        try {
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--help") || flag.equals("-h")) {
                    System.out.println(USAGE);
                    return;
                }
                if (flag.equals("--manual-payments")) {
                    builder.manualPayments();
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value for " + flag);
                }
                String value = args[++i];
                try {
                    switch (flag) {
                        case "--port" -> builder.port(Integer.parseInt(value));
                        case "--api-key" -> apiKey = value;
                        case "--balance" -> balance = Long.parseLong(value);
                        case "--user" -> user = value;
                        case "--access-token-seconds" -> builder.accessTokenLifetime(
                                Duration.ofSeconds(Long.parseLong(value)));
                        case "--campaign-rate" -> builder.campaignRate(Integer.parseInt(value));
                        case "--delivery-delay-ms" -> builder.deliveryDelay(Duration.ofMillis(Long.parseLong(value)));
                        case "--failure-ratio" -> builder.failureRatio(Double.parseDouble(value));
                        case "--seed" -> builder.seed(Long.parseLong(value));
                        case "--rate-limit" -> builder.hourlyRateLimit(Integer.parseInt(value));
                        case "--reject-sender-id" -> builder.rejectSenderId(value);
                        case "--failing-recipient" -> builder.failingRecipient(value);
                        case "--report-shape" -> builder.reportShape(ReportShape.valueOf(
                                value.toUpperCase(Locale.ROOT)));
                        case "--payment-delay-ms" -> builder.paymentDelay(Duration.ofMillis(Long.parseLong(value)));
                        case "--failing-buyer-phone" -> builder.failingBuyerPhone(value);
                        default -> throw new IllegalArgumentException("Unknown option " + flag);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Not a number for " + flag + ": " + value, e);
                }
            }
            builder.apiKey(apiKey, balance);
            if (user != null) {
                int colon = user.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("--user needs EMAIL:PASSWORD");
                }
                builder.user(user.substring(0, colon), user.substring(colon + 1), apiKey);
            }
            sandbox = builder.build().start();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            // printed directly: java.util.logging may already be shut down by its own hook
            System.out.println("Mifumo sandbox stopped");
            stopped.countDown();
        }, "mifumo-sandbox-shutdown"));
        PrintStream out = System.out;
        out.println("Mifumo sandbox running");
        out.println("  base URL : " + sandbox.baseUrl());
        out.println("  web apps : " + sandbox.baseUrl() + "/api/auth/login/ as " + sandbox.userEmail() + " / "
                + sandbox.userPassword() + ", then /api/messaging/");
        out.println("  API      : " + sandbox.baseUrl() + MifumoSandbox.API_PATH);
        out.println("  API key  : " + apiKey + " (" + balance + " credits)");
        out.println("  partner  : " + sandbox.baseUrl() + MifumoSandbox.API_PATH + "partner/ (tenants, packages,"
                + " payments, pricing)");
        out.println("  admin    : " + sandbox.baseUrl() + AdminHandler.ROOT + "/messages, /requests, /payments, /reset,"
                + " ...");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
    }
}
