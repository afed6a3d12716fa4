package io.mifumo.camel.examples.job;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoRateLimitException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.validation.PhoneNumbers;
import io.mifumo.camel.component.validation.Recipients;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The main job: every CSV file of phone,name,message rows dropped into the input directory is sent row by row with
 * mifumo:sms/send, and a results CSV (row, phone, message id, status, error) is written per file. A bad row is
 * recorded with its reason and the file goes on; a row that repeats an earlier row's recipient and message is
 * skipped; processed files are moved to .done (or .failed when the file cannot be read at all).
 */
public class SmsCsvJobRoute extends RouteBuilder {

    static final String BATCH = "MifumoCsvBatch";
    static final String ROW = "MifumoCsvRow";
    static final String ROW_DONE = "MifumoCsvRowDone";

    private final Path inputDir;
    private final Path outputDir;
    private final long progressMillis;
    private final Consumer<CsvBatch.Summary> onFileDone;
    private final String sendUri;

    /**
     * A job that waits up to an hour (the API's rate-limit window) whenever the rate limit is spent.
     */
    public SmsCsvJobRoute(Path inputDir, Path outputDir, long progressMillis, Consumer<CsvBatch.Summary> onFileDone) {
        this(inputDir, outputDir, progressMillis, onFileDone, "mifumo:sms/send?maxRateLimitWait=3600000");
    }

    public SmsCsvJobRoute(Path inputDir, Path outputDir, long progressMillis, Consumer<CsvBatch.Summary> onFileDone,
                          String sendUri) {
        this.inputDir = inputDir;
        this.outputDir = outputDir;
        this.progressMillis = progressMillis;
        this.onFileDone = onFileDone;
        this.sendUri = sendUri;
    }

    @Override
    public void configure() {
        fromF("file:%s?include=.*\\.(csv|CSV)&move=.done/${file:name}&moveFailed=.failed/${file:name}"
              + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=250&readLockMinLength=0",
              inputDir.toAbsolutePath())
                .routeId("sms-csv-job")
                .process(this::openBatch)
                .split(body()).streaming()
                    .process(this::prepareRow)
                    .choice()
                        .when(exchangeProperty(ROW_DONE).isNotEqualTo(true))
                            .doTry()
                                .to(sendUri)
                                .process(this::recordSent)
                            .doCatch(Exception.class)
                                .process(this::recordFailed)
                            .end()
                    .end()
                .end()
                .process(this::finishBatch);
    }

    private void openBatch(Exchange exchange) throws Exception {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        CsvBatch batch = CsvBatch.open(name, exchange.getMessage().getMandatoryBody(InputStream.class), outputDir,
                progressMillis);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onFailure(Exchange failed) {
                try {
                    // the part file stays, so the next run resumes after the rows it records
                    batch.close();
                } catch (Exception e) {
                    log.warn("Cannot close the results of {}: {}", name, e.getMessage());
                }
            }
        });
        exchange.setProperty(BATCH, batch);
        exchange.getMessage().setBody(batch);
    }

    private void prepareRow(Exchange exchange) throws Exception {
        CsvBatch batch = exchange.getProperty(BATCH, CsvBatch.class);
        CsvBatch.Row row = exchange.getMessage().getMandatoryBody(CsvBatch.Row.class);
        exchange.setProperty(ROW, row);
        if (batch.haltReason() != null) {
            // the batch stopped on the rate limit: this row stays for the next run of the file
            exchange.setProperty(ROW_DONE, true);
            return;
        }
        if (row.readError() != null) {
            batch.recordFailed(row, "failed", row.readError());
            exchange.setProperty(ROW_DONE, true);
            return;
        }
        List<String> numbers = Recipients.tokens(row.phone());
        if (numbers.size() > 1) {
            // one number per row: a cell with several would slip past the duplicate check
            batch.recordFailed(row, "failed", "the phone cell holds " + numbers.size() + " numbers; put one per row");
            exchange.setProperty(ROW_DONE, true);
            return;
        }
        try {
            String region = getContext().getComponent("mifumo", MifumoComponent.class).getConfiguration()
                    .getDefaultRegion();
            Integer first = batch.duplicateOf(row, PhoneNumbers.toE164(row.phone(), region));
            if (row.done()) {
                exchange.setProperty(ROW_DONE, true);
                return;
            }
            if (first != null) {
                batch.recordFailed(row, "skipped", "duplicate of row " + first);
                exchange.setProperty(ROW_DONE, true);
                return;
            }
        } catch (IllegalArgumentException e) {
            // not a number: the component refuses it with the reason, which the results record
        }
        if (row.done()) {
            exchange.setProperty(ROW_DONE, true);
            return;
        }
        exchange.getMessage().setBody(row.message());
        exchange.getMessage().setHeader(MifumoConstants.RECIPIENTS, row.phone());
    }

    private void recordSent(Exchange exchange) throws Exception {
        CsvBatch batch = exchange.getProperty(BATCH, CsvBatch.class);
        SendSmsResult result = exchange.getMessage().getMandatoryBody(SendSmsResult.class);
        batch.recordSent(exchange.getProperty(ROW, CsvBatch.Row.class), String.join(" ", result.getRecipients()),
                result.getMessageId(), result.getStatus(), result.getCredits());
    }

    private void recordFailed(Exchange exchange) throws Exception {
        CsvBatch batch = exchange.getProperty(BATCH, CsvBatch.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (cause instanceof MifumoRateLimitException limited) {
            // the API refused the send and will not take more before the reset: stop here, record nothing, so the
            // rest of the file is sent by the next run
            batch.halt("the API's rate limit is spent until " + limited.getResetAt());
            return;
        }
        String status = cause instanceof MifumoException mifumo && mifumo.isMayHaveBeenDelivered() ? "unknown"
                : "failed";
        batch.recordFailed(exchange.getProperty(ROW, CsvBatch.Row.class), status, reason(cause));
    }

    private static String reason(Exception cause) {
        if (cause instanceof MifumoValidationException validation) {
            return String.join("; ", validation.getViolations());
        }
        if (cause instanceof MifumoApiException api) {
            return "HTTP " + api.getStatusCode() + (api.getErrorCode() == null ? "" : " " + api.getErrorCode()) + ": "
                   + api.getErrorMessage() + (api.getDetails().isEmpty() ? "" : " " + api.getDetails());
        }
        return cause == null ? "unknown error" : cause.getMessage();
    }

    private void finishBatch(Exchange exchange) throws Exception {
        CsvBatch batch = exchange.getProperty(BATCH, CsvBatch.class);
        if (batch.haltReason() != null) {
            // failing the exchange keeps the part file; the input file moves to .failed
            throw new IllegalStateException(
                    "Stopped sending " + batch.fileName() + " early: " + batch.haltReason() + ". Rows already done are"
                                            + " recorded; move the file from .failed back into the inbox after the"
                                            + " reset and the job sends the rest, skipping the rows done");
        }
        CsvBatch.Summary summary = batch.finish();
        exchange.getMessage().setBody(summary);
        if (onFileDone != null) {
            onFileDone.accept(summary);
        }
    }
}
