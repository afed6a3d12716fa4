package io.mifumo.camel.examples.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API allows a number of requests per window: the job slows to that pace instead of failing rows, and when the
 * reset is further away than it may wait, it stops and leaves the rest of the file for the next run.
 */
class SmsCsvJobRateLimitTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.rateLimit(3, Duration.ofSeconds(1)));

    @TempDir
    Path dir;

    private static final String SIX_ROWS = "phone,name,message\n0754000111,A,One\n0655000222,B,Two\n"
                                           + "0692000444,C,Three\n0725000555,D,Four\n0789000666,E,Five\n"
                                           + "0614853618,F,Six\n";

    private CamelContext camel(MifumoSandbox sandbox, SmsCsvJobRoute route) throws Exception {
        CamelContext context = new DefaultCamelContext();
        MifumoComponent mifumo = new MifumoComponent();
        mifumo.getConfiguration().setApiKey(sandbox.apiKey());
        mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        mifumo.getConfiguration().setSenderId("DUKA");
        context.addComponent("mifumo", mifumo);
        context.addRoutes(route);
        context.start();
        return context;
    }

    private void drop(String name, String content) throws Exception {
        Files.createDirectories(dir.resolve("inbox"));
        Path staging = dir.resolve(name);
        Files.writeString(staging, content, StandardCharsets.UTF_8);
        Files.move(staging, dir.resolve("inbox").resolve(name));
    }

    @Test
    void theJobWaitsOutTheRateLimitAndSendsEveryRow() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        LinkedBlockingQueue<CsvBatch.Summary> done = new LinkedBlockingQueue<>();
        try (CamelContext context = camel(sandbox,
                new SmsCsvJobRoute(dir.resolve("inbox"), dir.resolve("outbox"), 5000, done::add))) {
            drop("six.csv", SIX_ROWS);
            CsvBatch.Summary summary = done.poll(30, TimeUnit.SECONDS);
            assertThat(summary).isNotNull();
            assertThat(summary.sent()).isEqualTo(6);
            assertThat(summary.failed()).isZero();
            assertThat(sandbox.messages()).hasSize(6);
        }
    }

    @Test
    void aResetTooFarAwayStopsTheFileAndTheNextRunSendsTheRest() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        SmsCsvJobRoute impatient = new SmsCsvJobRoute(dir.resolve("inbox"), dir.resolve("outbox"), 5000, null,
                "mifumo:sms/send?maxRateLimitWait=100");
        try (CamelContext context = camel(sandbox, impatient)) {
            drop("six.csv", SIX_ROWS);
            Path failed = dir.resolve("inbox/.failed/six.csv");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(failed) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(failed).exists();
        }
        assertThat(sandbox.messages()).hasSize(3);
        List<String> part = Files.readAllLines(dir.resolve("outbox/six.csv.results.csv.part"));
        assertThat(part).hasSize(4).allSatisfy(line -> assertThat(line).doesNotContain("failed"));

        // after the reset, the file moved back is finished without sending a row twice
        Thread.sleep(1100);
        LinkedBlockingQueue<CsvBatch.Summary> done = new LinkedBlockingQueue<>();
        try (CamelContext context = camel(sandbox,
                new SmsCsvJobRoute(dir.resolve("inbox"), dir.resolve("outbox"), 5000, done::add))) {
            Files.move(dir.resolve("inbox/.failed/six.csv"), dir.resolve("six.csv"));
            Files.move(dir.resolve("six.csv"), dir.resolve("inbox/six.csv"));
            CsvBatch.Summary summary = done.poll(30, TimeUnit.SECONDS);
            assertThat(summary).isNotNull();
            assertThat(summary.sent()).isEqualTo(3);
        }
        assertThat(sandbox.messages()).hasSize(6);
        assertThat(sandbox.messages().stream().flatMap(m -> m.recipients().stream()).distinct()).hasSize(6);
    }
}
