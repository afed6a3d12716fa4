package io.mifumo.camel.examples.job;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;

import io.mifumo.camel.sandbox.MifumoSandbox;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the CSV-to-SMS job with Camel Main.
 * <p>
 * With no MIFUMO_API_KEY in the environment it starts the embedded sandbox, drops the bundled sample CSV into the
 * input directory, and exits once the sample is processed. With MIFUMO_API_KEY (and optionally MIFUMO_BASE_URL and
 * MIFUMO_SENDER_ID) it sends through that API and keeps watching the input directory until stopped. MIFUMO_JOB_DIR
 * sets where the inbox and outbox directories live (default: sms-job in the current directory).
 */
public final class SmsCsvJob {

    static final String SAMPLE = "sample/customers.csv";
    private static final Logger LOG = LoggerFactory.getLogger(SmsCsvJob.class);

    private SmsCsvJob() {
    }

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("MIFUMO_API_KEY");
        boolean demo = apiKey == null || apiKey.isBlank();
        Path jobDir = Path.of(env("MIFUMO_JOB_DIR", "sms-job")).toAbsolutePath();
        Path inbox = jobDir.resolve("inbox");
        Path outbox = jobDir.resolve("outbox");
        Files.createDirectories(inbox);

        Main main = new Main();
        MifumoSandbox sandbox = null;
        String baseUrl = System.getenv("MIFUMO_BASE_URL");
        String senderId = env("MIFUMO_SENDER_ID", "MIFUMO");
        if (demo) {
            apiKey = "demo-key";
            sandbox = MifumoSandbox.builder().apiKey(apiKey, 10_000).build().start();
            baseUrl = sandbox.baseUrl();
            try (InputStream sample = SmsCsvJob.class.getClassLoader().getResourceAsStream(SAMPLE)) {
                Files.copy(sample, inbox.resolve("customers.csv"), StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info("No MIFUMO_API_KEY set: sending the sample {} through the embedded sandbox at {}",
                    inbox.resolve("customers.csv"), baseUrl);
            // the sample is one file: stop once it is done, and in any case after two minutes
            AtomicInteger files = new AtomicInteger();
            main.configure().addRoutesBuilder(new SmsCsvJobRoute(inbox, outbox, 5000, summary -> {
                if (files.incrementAndGet() == 1) {
                    main.completed();
                }
            }));
            main.configure().withDurationMaxSeconds(120);
        } else {
            LOG.info("Watching {} for CSV files; results go to {}", inbox, outbox);
            main.configure().addRoutesBuilder(new SmsCsvJobRoute(inbox, outbox, 5000, null));
        }
        main.addInitialProperty("camel.component.mifumo.api-key", apiKey);
        main.addInitialProperty("camel.component.mifumo.sender-id", senderId);
        if (baseUrl != null && !baseUrl.isBlank()) {
            main.addInitialProperty("camel.component.mifumo.base-url", baseUrl);
        }

        try {
            main.run(args);
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
