package io.mifumo.camel.examples.dsl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.examples.job.CsvBatch;
import io.mifumo.camel.examples.job.SmsCsvJobSteps;
import io.mifumo.camel.examples.reports.DeliveryReportStore;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads each YAML and XML route file of src/main/resources/routes and runs it against the sandbox.
 */
class DslRoutesTest {

    /** An API key with the three characters a URI would otherwise mangle. */
    static final String KEY = "dsl+key/with==";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.apiKey(KEY, 1000).deliveryDelay(Duration.ofMillis(20)));

    @TempDir
    Path dir;

    private CamelContext context;
    private String componentKey = KEY;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private CamelContext start(String routes, Object... beans) throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("mifumo.job.inbox", dir.resolve("inbox").toString());
        properties.setProperty("mifumo.api-key", KEY);
        properties.setProperty("mifumo.base-url", sandbox.baseUrl());
        properties.setProperty("mifumo.reports.period", "100");
        context.getPropertiesComponent().setInitialProperties(properties);

        MifumoComponent mifumo = new MifumoComponent();
        mifumo.getConfiguration().setApiKey(componentKey);
        mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        mifumo.getConfiguration().setSenderId("DUKA");
        context.addComponent("mifumo", mifumo);
        for (int i = 0; i < beans.length; i += 2) {
            context.getRegistry().bind((String) beans[i], beans[i + 1]);
        }
        PluginHelper.getRoutesLoader(context)
                .loadRoutes(PluginHelper.getResourceLoader(context).resolveResource("classpath:routes/" + routes));
        context.start();
        return context;
    }

    @ParameterizedTest
    @ValueSource(strings = { "sms-csv-job.camel.yaml", "sms-csv-job.camel.xml" })
    void theCsvJobSendsEachRowAndRecordsTheBadOnes(String file) throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        LinkedBlockingQueue<CsvBatch.Summary> done = new LinkedBlockingQueue<>();
        Files.createDirectories(dir.resolve("inbox"));
        start(file, "smsCsvJob", new SmsCsvJobSteps(dir.resolve("outbox"), 5000, done::add));

        Path staging = dir.resolve("c.csv");
        Files.writeString(staging, "phone,name,message\n0754000111,Asha,Habari {{name}}\n0754ABC,Juma,Habari\n"
                                   + "+255 754 000 111,Asha,Habari Asha\n", StandardCharsets.UTF_8);
        Files.move(staging, dir.resolve("inbox/c.csv"));
        CsvBatch.Summary summary = done.poll(20, TimeUnit.SECONDS);

        assertThat(summary).as("summary from " + file).isNotNull();
        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(sandbox.messages()).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Habari Asha"));
        assertThat(Files.readString(summary.results())).contains("'0754ABC'").contains("duplicate of row 2");
    }

    @ParameterizedTest
    @ValueSource(strings = { "delivery-reports.camel.yaml", "delivery-reports.camel.xml" })
    void theDeliveryReportFlowStoresEveryReport(String file) throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        DeliveryReportStore store = new DeliveryReportStore();
        start(file, "deliveryReports", store);
        // more reports than one page of 100, so the flow must follow the next offset
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            recipients.add(String.format("+2557540%05d", i));
        }
        SendSmsResult sent = context.createProducerTemplate().requestBodyAndHeader(
                "mifumo:sms/send", "Habari", MifumoConstants.RECIPIENTS, recipients, SendSmsResult.class);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (store.size() < 120 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        // 120 recipients go out in two requests (100 per request), so two message ids
        List<DeliveryReport> reports = new ArrayList<>();
        sent.getMessageIds().forEach(id -> reports.addAll(store.forMessage(id)));
        assertThat(reports).hasSize(120).allSatisfy(r -> assertThat(r.getStatus()).isEqualTo("delivered"));
        assertThat(sandbox.requests()).filteredOn(r -> r.path().contains("delivery-reports"))
                .anySatisfy(r -> assertThat(r.path()).contains("offset=100"));
    }

    @Test
    void aYamlParametersApiKeyWithPlusSlashAndEqualsReachesTheApiIntact() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        // the component's own key is wrong, so only the route's parameters: apiKey can authenticate
        componentKey = "not-this-one";
        start("delivery-reports.camel.yaml", "deliveryReports", new DeliveryReportStore());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sandbox.requestCount("GET", "sms/delivery-reports") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        RecordedRequest request = sandbox.requests().stream()
                .filter(r -> r.path().contains("delivery-reports")).findFirst().orElseThrow();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.status()).isEqualTo(200);
    }
}
