package io.mifumo.camel.examples.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.SandboxMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

class SmsCsvJobTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

    @TempDir
    Path dir;

    private MifumoSandbox sandbox;
    private CamelContext context;
    private final LinkedBlockingQueue<CsvBatch.Summary> done = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        context = new DefaultCamelContext();
        MifumoComponent mifumo = new MifumoComponent();
        mifumo.getConfiguration().setApiKey(sandbox.apiKey());
        mifumo.getConfiguration().setBaseUrl(sandbox.baseUrl());
        mifumo.getConfiguration().setSenderId("DUKA");
        context.addComponent("mifumo", mifumo);
        Files.createDirectories(dir.resolve("inbox"));
        context.addRoutes(new SmsCsvJobRoute(dir.resolve("inbox"), dir.resolve("outbox"), 5000, done::add));
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private CsvBatch.Summary drop(String name, String content) throws Exception {
        return drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private CsvBatch.Summary drop(String name, byte[] content) throws Exception {
        Path staging = dir.resolve(name);
        Files.write(staging, content);
        Files.move(staging, dir.resolve("inbox").resolve(name));
        CsvBatch.Summary summary = done.poll(20, TimeUnit.SECONDS);
        assertThat(summary).as("summary of " + name).isNotNull();
        return summary;
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static List<List<String>> results(CsvBatch.Summary summary) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(Files.newBufferedReader(summary.results()))) {
            assertThat(reader.readHeader()).containsExactly(CsvBatch.RESULT_COLUMNS);
            for (CsvReader.Record r = reader.readRecord(); r != null; r = reader.readRecord()) {
                rows.add(r.cells());
            }
        }
        return rows;
    }

    private static Map<String, List<String>> byRow(List<List<String>> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get(0), r -> r));
    }

    @Test
    void sendsEveryGoodRowAndRecordsEveryBadOneWithItsReason() throws Exception {
        String csv = "\uFEFFphone;name;message\n"
                     + "0754000111;\"Mwajuma, Asha\";\"Habari {{name}}, karibu\"\n"
                     + "+255 655 000 222;Juma;Habari {{name}}\n"
                     + "0754ABC111;Petro;Habari\n"
                     + "2.55754E+11;Zawadi;Habari\n"
                     + "0692000444;Neema;\n"
                     + "255754000111;Mwajuma;\"Habari Mwajuma, Asha, karibu\"\n"
                     + "\"255754000111.0\";Other;Different text\n";
        CsvBatch.Summary summary = drop("customers.csv", csv);

        Map<String, List<String>> rows = byRow(results(summary));
        assertThat(rows).hasSize(7);
        assertThat(rows.get("2").get(4)).isEqualTo("sent");
        assertThat(rows.get("3").get(4)).isEqualTo("sent");
        assertThat(rows.get("4").get(4)).isEqualTo("failed");
        assertThat(rows.get("4").get(5)).contains("'0754ABC111'");
        assertThat(rows.get("5").get(5)).contains("scientific notation");
        assertThat(rows.get("6").get(5)).contains("message text is empty");
        // row 7 repeats row 2 once the number and the name are filled in: it is not sent twice
        assertThat(rows.get("7").subList(4, 6)).containsExactly("skipped", "duplicate of row 2");
        assertThat(rows.get("8").get(4)).isEqualTo("sent");
        assertThat(rows.get("8").get(2)).isEqualTo("+255754000111");

        assertThat(summary.rows()).isEqualTo(7);
        assertThat(summary.sent()).isEqualTo(3);
        assertThat(summary.failed()).isEqualTo(3);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.credits()).isEqualTo(3);

        List<SandboxMessage> messages = sandbox.messages();
        assertThat(messages).hasSize(3);
        assertThat(messages).extracting(SandboxMessage::text)
                .contains("Habari Mwajuma, Asha, karibu", "Habari Juma", "Different text");
        assertThat(rows.get("2").get(3)).isIn(messages.stream().map(SandboxMessage::id).toList());
        assertThat(rows.get("2").get(2)).isEqualTo("+255754000111");
        assertThat(dir.resolve("inbox/.done/customers.csv")).exists();
    }

    @Test
    void anApiErrorIsRecordedAndTheFileGoesOn() throws Exception {
        sandbox.setBalance(sandbox.apiKey(), 1);
        CsvBatch.Summary summary = drop("two.csv", "phone,name,message\n0754000111,A,One\n0655000222,B,Two\n");
        Map<String, List<String>> rows = byRow(results(summary));
        assertThat(rows.get("2").get(4)).isEqualTo("sent");
        assertThat(rows.get("3").get(4)).isEqualTo("failed");
        assertThat(rows.get("3").get(5)).contains("HTTP 402").contains("Insufficient credits");
    }

    @Test
    void aRestartResumesAfterTheRowsAlreadyRecorded() throws Exception {
        // an earlier run recorded row 2 and then stopped: row 2 must not be sent again
        Files.createDirectories(dir.resolve("outbox"));
        Files.writeString(dir.resolve("outbox/resume.csv.results.csv.part"),
                "row,phone,sent_to,message_id,status,error\n2,0754000111,+255754000111,earlier-id,sent,\n");
        CsvBatch.Summary summary = drop("resume.csv", "phone,name,message\n0754000111,A,One\n0655000222,B,Two\n");

        assertThat(sandbox.messages()).singleElement()
                .satisfies(m -> assertThat(m.recipients()).containsExactly("+255655000222"));
        assertThat(byRow(results(summary))).containsOnlyKeys("2", "3");
        assertThat(byRow(results(summary)).get("2").get(3)).isEqualTo("earlier-id");
        assertThat(dir.resolve("outbox/resume.csv.results.csv.part")).doesNotExist();
    }

    @Test
    void aFileWithoutAPhoneColumnIsMovedAsideAndNothingIsSent() throws Exception {
        Path staging = dir.resolve("wrong.csv");
        Files.writeString(staging, "name,text\nAsha,Hello\n");
        Files.move(staging, dir.resolve("inbox/wrong.csv"));
        Path failed = dir.resolve("inbox/.failed/wrong.csv");
        awaitFile(failed);
        assertThat(failed).exists();
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aResumedFileStillSkipsDuplicatesOfRowsDoneEarlier() throws Exception {
        // D2
        Files.createDirectories(dir.resolve("outbox"));
        Files.writeString(dir.resolve("outbox/dup.csv.results.csv.part"),
                "row,phone,sent_to,message_id,status,error\n2,0754000111,+255754000111,earlier-id,sent,\n");
        CsvBatch.Summary summary = drop("dup.csv", "phone,name,message\n0754000111,A,Promo\n0754000111,A,Promo\n");
        assertThat(sandbox.messages()).isEmpty();
        assertThat(byRow(results(summary)).get("3").subList(4, 6)).containsExactly("skipped", "duplicate of row 2");
    }

    @Test
    void aPhoneCellWithTwoNumbersIsRefused() {
        // D3
        CsvBatch.Summary summary = assertDoesNotThrow(() -> drop("two.csv",
                "phone,name,message\n0754000111,A,Sale today\n\"0754000111,0655000222\",B,Sale today\n"));
        assertThat(sandbox.messages()).hasSize(1);
        assertThat(summary.failed()).isEqualTo(1);
    }

    @Test
    void anUnquotedSeparatorInTheMessageFailsTheRowInsteadOfCuttingTheText() throws Exception {
        // D4
        CsvBatch.Summary summary = drop("commas.csv", "phone,name,message\n0754000111,Asha,Karibu dukani, bei nafuu\n");
        assertThat(sandbox.messages()).isEmpty();
        assertThat(byRow(results(summary)).get("2").get(5)).contains("4 cells but the header has 3");
    }

    @Test
    void aFileThatIsNotUtf8IsNeverSentWithReplacementCharacters() throws Exception {
        // D5
        Files.createDirectories(dir.resolve("inbox"));
        Files.write(dir.resolve("ansi.csv"), "phone,name,message\n0754000111,Asha,\"Karibu à duka, bei €5\"\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.move(dir.resolve("ansi.csv"), dir.resolve("inbox/ansi.csv"));
        Path failed = dir.resolve("inbox/.failed/ansi.csv");
        awaitFile(failed);
        assertThat(failed).exists();
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void anEmptyFileIsMovedAside() throws Exception {
        // D6
        Files.createDirectories(dir.resolve("inbox"));
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        Files.move(dir.resolve("empty.csv"), dir.resolve("inbox/empty.csv"));
        Path failed = dir.resolve("inbox/.failed/empty.csv");
        awaitFile(failed);
        assertThat(failed).exists();
    }

    @Test
    void aPartFileCutMidLineOrWithOnlyItsHeaderResumesCleanly() throws Exception {
        // D7, D8
        Files.createDirectories(dir.resolve("outbox"));
        Files.writeString(dir.resolve("outbox/cut.csv.results.csv.part"),
                "row,phone,sent_to,message_id,status,error\n2,0754000111,+255754000111,id-2,sent,\n3,06550");
        CsvBatch.Summary cut = drop("cut.csv",
                "phone,name,message\n0754000111,A,one\n0655000222,B,two\n0692000444,C,three\n");
        assertThat(byRow(results(cut))).containsKeys("2", "3", "4");
        assertThat(byRow(results(cut)).get("4").get(4)).isEqualTo("sent");

        Files.writeString(dir.resolve("outbox/hdr.csv.results.csv.part"),
                "row,phone,sent_to,message_id,status,error\n");
        CsvBatch.Summary header = drop("hdr.csv", "phone,name,message\n0754000111,A,one\n");
        assertThat(Files.readAllLines(header.results())).filteredOn(l -> l.startsWith("row,")).hasSize(1);
    }

    @Test
    void separatorOnlyRowsAreBlankLinesAndAMissingNameIsNamed() throws Exception {
        // D17, D18
        CsvBatch.Summary trailing = drop("trailing.csv", "phone,name,message\n0754000111,A,one\n,,\n,,\n");
        assertThat(trailing.rows()).isEqualTo(1);
        assertThat(trailing.failed()).isZero();

        CsvBatch.Summary noName = drop("noname.csv", "phone,message\n0655000222,Habari {{name}}\n");
        assertThat(byRow(results(noName)).get("2").get(5)).contains("{{name}}");
        assertThat(sandbox.messages()).noneMatch(m -> m.text().startsWith("Habari "));
    }
}
