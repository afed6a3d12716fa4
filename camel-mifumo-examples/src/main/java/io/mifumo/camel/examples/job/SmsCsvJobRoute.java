package io.mifumo.camel.examples.job;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.camel.builder.RouteBuilder;

/**
 * The main job: every CSV file of phone,name,message rows dropped into the input directory is sent row by row with
 * mifumo:sms/send, and a results CSV (row, phone, sent to, message id, status, error) is written per file. A bad row
 * is recorded with its reason and the file goes on; a row that repeats an earlier row's recipient and message is
 * skipped; processed files are moved to .done (or .failed when the file cannot be read at all).
 * <p>
 * The same route is written in YAML and XML under src/main/resources/routes, calling the same steps as a bean.
 */
public class SmsCsvJobRoute extends RouteBuilder {

    /** Waits up to an hour, the API's rate-limit window, whenever the rate limit is spent. */
    public static final String SEND_URI = "mifumo:sms/send?maxRateLimitWait=3600000";

    private final Path inputDir;
    private final SmsCsvJobSteps steps;
    private final String sendUri;

    public SmsCsvJobRoute(Path inputDir, Path outputDir, long progressMillis, Consumer<CsvBatch.Summary> onFileDone) {
        this(inputDir, outputDir, progressMillis, onFileDone, SEND_URI);
    }

    public SmsCsvJobRoute(Path inputDir, Path outputDir, long progressMillis, Consumer<CsvBatch.Summary> onFileDone,
                          String sendUri) {
        this.inputDir = inputDir;
        this.steps = new SmsCsvJobSteps(outputDir, progressMillis, onFileDone);
        this.sendUri = sendUri;
    }

    @Override
    public void configure() {
        fromF("file:%s?include=.*\\.(csv|CSV)&move=.done/${file:name}&moveFailed=.failed/${file:name}"
              + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=250&readLockMinLength=0",
              inputDir.toAbsolutePath())
                .routeId("sms-csv-job")
                .process(steps::openBatch)
                .split(body()).streaming()
                    .process(steps::prepareRow)
                    .choice()
                        .when(exchangeProperty(SmsCsvJobSteps.ROW_DONE).isNotEqualTo(true))
                            .doTry()
                                .to(sendUri)
                                .process(steps::recordSent)
                            .doCatch(Exception.class)
                                .process(steps::recordFailed)
                            .end()
                    .end()
                .end()
                .process(steps::finishBatch);
    }
}
