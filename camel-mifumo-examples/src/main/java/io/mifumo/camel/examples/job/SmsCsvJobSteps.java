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
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of the CSV-to-SMS job, one public method per step, so the Java route and the YAML and XML routes
 * (which call them as bean methods) run the same code: open the file as a batch, prepare each row, record it as
 * sent or failed, and finish the file.
 */
public class SmsCsvJobSteps {

    static final String BATCH = "MifumoCsvBatch";
    static final String ROW = "MifumoCsvRow";
    /** Exchange property set on a row already recorded (unreadable, duplicate): the route does not send it. */
    public static final String ROW_DONE = "MifumoCsvRowDone";

    private static final Logger LOG = LoggerFactory.getLogger(SmsCsvJobSteps.class);

    private final Path outputDir;
    private final long progressMillis;
    private final Consumer<CsvBatch.Summary> onFileDone;

    public SmsCsvJobSteps(Path outputDir, long progressMillis, Consumer<CsvBatch.Summary> onFileDone) {
        this.outputDir = outputDir;
        this.progressMillis = progressMillis;
        this.onFileDone = onFileDone;
    }

    public void openBatch(Exchange exchange) throws Exception {
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
                    LOG.warn("Cannot close the results of {}: {}", name, e.getMessage());
                }
            }
        });
        exchange.setProperty(BATCH, batch);
        exchange.getMessage().setBody(batch);
    }

    public void prepareRow(Exchange exchange) throws Exception {
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
        Integer first = null;
        try {
            String region = exchange.getContext().getComponent("mifumo", MifumoComponent.class).getConfiguration()
                    .getDefaultRegion();
            first = batch.duplicateOf(row, PhoneNumbers.toE164(row.phone(), region));
        } catch (IllegalArgumentException e) {
            // not a number: the component refuses it with the reason, which the results record
        }
        if (row.done()) {
            // done by an earlier run of the file; it only counted for the duplicate check
            exchange.setProperty(ROW_DONE, true);
            return;
        }
        if (first != null) {
            batch.recordFailed(row, "skipped", "duplicate of row " + first);
            exchange.setProperty(ROW_DONE, true);
            return;
        }
        exchange.getMessage().setBody(row.message());
        exchange.getMessage().setHeader(MifumoConstants.RECIPIENTS, row.phone());
    }

    public void recordSent(Exchange exchange) throws Exception {
        CsvBatch batch = exchange.getProperty(BATCH, CsvBatch.class);
        SendSmsResult result = exchange.getMessage().getMandatoryBody(SendSmsResult.class);
        batch.recordSent(exchange.getProperty(ROW, CsvBatch.Row.class), String.join(" ", result.getRecipients()),
                result.getMessageId(), result.getStatus(), result.getCredits());
    }

    public void recordFailed(Exchange exchange) throws Exception {
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

    public void finishBatch(Exchange exchange) throws Exception {
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
