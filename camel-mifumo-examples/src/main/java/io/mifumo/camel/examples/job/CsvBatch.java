package io.mifumo.camel.examples.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One input CSV file in progress: reads its rows lazily and records the outcome of each row in a results file as it
 * happens. The results are written to {@code NAME.results.csv.part} and renamed when the file is done; if the job
 * stops half-way, the next run finds the part file and skips the rows it already records, so no row is sent twice.
 */
public final class CsvBatch implements Iterable<CsvBatch.Row>, AutoCloseable {

    static final String[] RESULT_COLUMNS = { "row", "phone", "sent_to", "message_id", "status", "error" };
    private static final Logger LOG = LoggerFactory.getLogger(CsvBatch.class);
    private static final List<String> PHONE_COLUMNS = List.of("phone", "phone_number", "msisdn", "mobile");
    private static final List<String> MESSAGE_COLUMNS = List.of("message", "text", "sms");

    private final String fileName;
    private final Path resultsPart;
    private final Path resultsFinal;
    private final CsvReader reader;
    private final int phoneColumn;
    private final int nameColumn;
    private final int messageColumn;
    private final int headerSize;
    private final Set<Integer> alreadyDone;
    private final Writer results;
    private final Map<String, Integer> firstRowByRecipient = new HashMap<>();
    private final long startedNanos = System.nanoTime();
    private final long progressIntervalNanos;
    private long lastProgressNanos = System.nanoTime();

    private String haltReason;
    private int rowsRead;
    private int sent;
    private int failed;
    private int unknown;
    private int skipped;
    private long credits;

    private CsvBatch(String fileName, Path outputDir, CsvReader reader, List<String> header, long progressMillis)
            throws IOException {
        this.fileName = fileName;
        this.reader = reader;
        this.progressIntervalNanos = progressMillis * 1_000_000L;
        this.phoneColumn = column(header, PHONE_COLUMNS);
        this.nameColumn = column(header, List.of("name", "first_name", "full_name"));
        this.messageColumn = column(header, MESSAGE_COLUMNS);
        this.headerSize = header.size();
        if (phoneColumn < 0 || messageColumn < 0) {
            throw new IllegalArgumentException("File " + fileName + " has no " + (phoneColumn < 0 ? "phone" : "message")
                                               + " column; its header is " + header
                                               + ". Expected columns: phone,name,message");
        }
        Files.createDirectories(outputDir);
        this.resultsPart = outputDir.resolve(fileName + ".results.csv.part");
        this.resultsFinal = outputDir.resolve(fileName + ".results.csv");
        this.alreadyDone = readDoneRows(resultsPart);
        boolean resuming = Files.exists(resultsPart) && Files.size(resultsPart) > 0;
        endWithNewline(resultsPart);
        this.results = Files.newBufferedWriter(resultsPart, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (!resuming) {
            results.write(CsvReader.line(',', (Object[]) RESULT_COLUMNS));
            results.flush();
        } else {
            LOG.info("{}: resuming, {} rows were already done by an earlier run", fileName, alreadyDone.size());
        }
    }

    /**
     * Opens a batch on the content of an input file.
     */
    public static CsvBatch open(String fileName, InputStream content, Path outputDir, long progressMillis)
            throws IOException {
        // strict: a file in another encoding (Excel's Windows-1252) must not be sent with replacement characters
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CsvReader reader = new CsvReader(new BufferedReader(new InputStreamReader(content, utf8)));
        List<String> header;
        try {
            header = reader.readHeader();
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("File " + fileName + " is not UTF-8 text; save it as CSV UTF-8", e);
        }
        if (header == null) {
            throw new IllegalArgumentException(
                    "File " + fileName + " is empty; expected a header row phone,name,message");
        }
        return new CsvBatch(fileName, outputDir, reader, header, progressMillis);
    }

    private static int column(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A part file cut off mid-line by a crash: end that line, so the next result starts on its own line.
     */
    private static void endWithNewline(Path part) throws IOException {
        if (!Files.exists(part) || Files.size(part) == 0) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
            file.seek(file.length() - 1);
            if (file.read() != '\n') {
                file.write('\n');
            }
        }
    }

    private static Set<Integer> readDoneRows(Path part) throws IOException {
        Set<Integer> done = new HashSet<>();
        if (!Files.exists(part)) {
            return done;
        }
        try (CsvReader previous = new CsvReader(Files.newBufferedReader(part, StandardCharsets.UTF_8))) {
            if (previous.readHeader() == null) {
                return done;
            }
            for (CsvReader.Record record = previous.readRecord(); record != null; record = previous.readRecord()) {
                try {
                    done.add(Integer.parseInt(record.cell(0)));
                } catch (NumberFormatException e) {
                    // a line cut short by a crash: that row is not known to be done
                }
            }
        }
        return done;
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            private Row next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) {
                    next = advance();
                    ended = next == null;
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    private Row advance() {
        while (true) {
            CsvReader.Record record;
            try {
                record = reader.readRecord();
            } catch (IOException e) {
                // the rest of the file cannot be read: say so in the results rather than lose it silently
                synchronized (this) {
                    rowsRead++;
                }
                String why = e instanceof MalformedInputException
                        ? "it is not UTF-8 text (save it as CSV UTF-8)" : e.getMessage();
                return new Row(-1, "", "", "", "the rest of " + fileName + " could not be read: " + why, false);
            }
            if (record == null) {
                return null;
            }
            synchronized (this) {
                rowsRead++;
            }
            String name = record.cell(nameColumn);
            String template = record.cell(messageColumn);
            String message = template.replace("{{name}}", name);
            if (alreadyDone.contains(record.line())) {
                // done by an earlier run: not sent again, but still counts for the duplicate check
                return new Row(record.line(), record.cell(phoneColumn), name, message, null, true);
            }
            String problem = null;
            if (record.cells().size() > headerSize) {
                problem = "the row has " + record.cells().size() + " cells but the header has " + headerSize
                          + ": quote a message that contains the separator";
            } else if (template.contains("{{name}}") && name.isBlank()) {
                problem = "the message uses {{name}} but the row has no name";
            }
            return new Row(record.line(), record.cell(phoneColumn), name, message, problem, false);
        }
    }

    /**
     * The row that already sends this message to this (normalised) recipient, or null when this row is the first.
     */
    public synchronized Integer duplicateOf(Row row, String normalisedPhone) {
        return firstRowByRecipient.putIfAbsent(normalisedPhone + '\u0000' + row.message(), row.line());
    }

    public synchronized void recordSent(Row row, String sentTo, String messageId, String status, int creditsUsed)
            throws IOException {
        sent++;
        credits += creditsUsed;
        write(row, sentTo, messageId, status, "");
    }

    public synchronized void recordFailed(Row row, String status, String error) throws IOException {
        if ("unknown".equals(status)) {
            unknown++;
        } else if ("skipped".equals(status)) {
            skipped++;
        } else {
            failed++;
        }
        write(row, "", "", status, error);
    }

    /**
     * Stops the batch: the rate limit will not reset within the wait the job allows. The rows not yet done are not
     * recorded, so the next run of the file sends them.
     */
    public synchronized void halt(String reason) {
        haltReason = reason;
    }

    /** Why the batch stopped early, or null while it runs. */
    public synchronized String haltReason() {
        return haltReason;
    }

    private void write(Row row, String sentTo, String messageId, String status, String error) throws IOException {
        results.write(CsvReader.line(',', row.line() < 0 ? "" : row.line(), row.phone(), sentTo, messageId, status,
                error));
        // flushed per row: a crash loses at most the row in flight, and a restart does not send a row twice
        results.flush();
        long now = System.nanoTime();
        if (now - lastProgressNanos >= progressIntervalNanos) {
            lastProgressNanos = now;
            LOG.info("{}: {} rows done, {} read so far, {} rows/s", fileName, done(), rowsRead,
                    String.format(Locale.ROOT, "%.1f", rate(now)));
        }
    }

    private int done() {
        return sent + failed + unknown + skipped;
    }

    private double rate(long now) {
        double seconds = Math.max(0.001, (now - startedNanos) / 1e9);
        return done() / seconds;
    }

    /**
     * Finishes the results file and returns the summary.
     */
    public synchronized Summary finish() throws IOException {
        results.close();
        reader.close();
        Path target = resultsFinal;
        for (int i = 1; Files.exists(target); i++) {
            target = resultsFinal.resolveSibling(fileName + ".results-" + i + ".csv");
        }
        Files.move(resultsPart, target, StandardCopyOption.ATOMIC_MOVE);
        Summary summary = new Summary(fileName, target, rowsRead, sent, failed, unknown, skipped, credits,
                (System.nanoTime() - startedNanos) / 1_000_000L);
        LOG.info("{}", summary);
        return summary;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public synchronized void close() throws IOException {
        results.close();
        reader.close();
    }

    /**
     * A row of the input: its line in the file, the cells the job uses, or why it could not be read.
     */
    public record Row(int line, String phone, String name, String message, String readError, boolean done) {
    }

    /**
     * What a finished file came to.
     */
    public record Summary(String fileName, Path results, int rows, int sent, int failed, int unknown, int skipped,
                          long credits, long millis) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%s done: %d rows, %d sent, %d failed, %d outcome unknown, %d skipped as duplicates,"
                                              + " %d credits used, %.1f s; results in %s",
                    fileName, rows, sent, failed, unknown, skipped, credits, millis / 1000.0, results);
        }
    }
}
