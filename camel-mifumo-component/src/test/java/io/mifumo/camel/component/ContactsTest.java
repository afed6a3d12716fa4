package io.mifumo.camel.component;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.contacts.BulkDeleteResult;
import io.mifumo.camel.component.model.contacts.Contact;
import io.mifumo.camel.component.model.contacts.ContactImportResult;
import io.mifumo.camel.component.model.contacts.ContactOptResult;
import io.mifumo.camel.component.model.contacts.ImportRowError;
import io.mifumo.camel.component.model.messaging.QuickSmsResult;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import io.mifumo.camel.sandbox.SandboxContact;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ContactsTest {

    private static final String IMPORT = "/api/messaging/contacts/bulk-import/";

    /** What Excel writes as "CSV UTF-8" in a locale with a decimal comma, from a sheet whose phones were numbers. */
    static final String EXCEL_CSV = "\uFEFFphone;name;city\r\n"
                                    + "754000111;\"Mwajuma, Asha\";Dar\r\n"
                                    + "655000222;Juma;Arusha\r\n"
                                    + "2.55754E+11;Broken;Dodoma\r\n"
                                    + ";;\r\n"
                                    + "0754000111;Asha again;Dar\r\n"
                                    + "hello;Nobody;\r\n";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

    @TempDir
    Path dir;

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox, new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + dir.resolve("inbox") + "?initialDelay=0&delay=50")
                        .to("mifumo:contacts/import?tags=Imported")
                        .to("mock:imported");
                from("direct:everyContact")
                        .to("mifumo:contacts/list?allPages=true&pageSize=100")
                        .split(body()).streaming()
                        .to("mock:contact");
            }
        });
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private Contact create(String name, String phone, String... tags) {
        Contact contact = new Contact();
        contact.setName(name);
        contact.setPhoneE164(phone);
        contact.setTags(List.of(tags));
        Exchange exchange = camel.send("mifumo:contacts/create", contact, null, null);
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(Contact.class);
    }

    private int messagingRequests() {
        return (int) sandbox.requests().stream().filter(r -> r.path().startsWith("/api/messaging/")).count();
    }

    @Test
    void createsGetsUpdatesAndDeletesAContact() {
        Contact created = create("John Doe", "0614 853 618", "VIP");
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getPhoneE164()).isEqualTo("+255614853618");
        assertThat(created.getActive()).isTrue();
        String sent = sandbox.requests().stream().filter(r -> r.path().equals("/api/messaging/contacts/"))
                .findFirst().orElseThrow().body();
        assertThat(sent).contains("\"phone_e164\":\"+255614853618\"").doesNotContain("\"id\"");

        Exchange got = camel.send("mifumo:contacts/get", null, MifumoConstants.CONTACT_ID, created.getId());
        assertThat(got.getMessage().getBody(Contact.class).getName()).isEqualTo("John Doe");
        assertThat(got.getMessage().getHeader(MifumoConstants.CONTACT_ID)).isEqualTo(created.getId());

        Exchange updated = camel.send("mifumo:contacts/update", Map.of("name", "John Doe Updated",
                "attributes", Map.of("company", "Example Corp")), MifumoConstants.CONTACT_ID, created.getId());
        Contact after = updated.getMessage().getBody(Contact.class);
        assertThat(after.getName()).isEqualTo("John Doe Updated");
        assertThat(after.getAttributes()).containsEntry("company", "Example Corp");
        assertThat(after.getTags()).containsExactly("VIP");

        Exchange deleted = camel.send("mifumo:contacts/delete?contactId=" + created.getId(), "ignored", null, null);
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getHeader(MifumoConstants.HTTP_STATUS)).isEqualTo(204);
        assertThat(deleted.getMessage().getBody()).isNull();
        assertThat(camel.send("mifumo:contacts/get", null, MifumoConstants.CONTACT_ID, created.getId())
                .getException()).isInstanceOf(MifumoNotFoundException.class);
    }

    @Test
    void badInputFailsBeforeAnyRequest() {
        Exchange badPhone = camel.send("mifumo:contacts/create", Map.of("name", "X", "phone_e164", "2.55754E+11"),
                null, null);
        assertThat(badPhone.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("2.55754E+11");
        Exchange noId = camel.send("mifumo:contacts/get", null, null, null);
        assertThat(noId.getException()).hasMessageContaining("CamelMifumoContactId");
        Exchange notAContact = camel.send("mifumo:contacts/create", 42, null, null);
        assertThat(notAContact.getException()).hasMessageContaining("the body must be a Contact");
        Exchange tooBig = camel.send("mifumo:contacts/list?pageSize=101", null, null, null);
        assertThat(tooBig.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("pageSize 101 must be 1 to 100");
        assertThat(camel.send("mifumo:contacts/list", null, MifumoConstants.PAGE, 0).getException())
                .hasMessageContaining("page 0");
        assertThat(messagingRequests()).isZero();
    }

    @Test
    void listsOnePageWithCountAndLinksAsHeaders() {
        for (int i = 0; i < 5; i++) {
            create("Person " + i, "+25575400011" + i, i % 2 == 0 ? "even" : "odd");
        }
        Exchange first = camel.template.send("mifumo:contacts/list?pageSize=2&tags=even", e -> { });
        List<?> page = first.getMessage().getBody(List.class);
        assertThat(page).hasSize(2).allSatisfy(item -> assertThat(item).isInstanceOf(Contact.class));
        assertThat(first.getMessage().getHeader(MifumoConstants.TOTAL_COUNT)).isEqualTo(3);
        assertThat(first.getMessage().getHeader(MifumoConstants.NEXT_PAGE)).isEqualTo(2);
        assertThat(first.getMessage().getHeader(MifumoConstants.NEXT, String.class)).contains("page=2");
        assertThat(first.getMessage().getHeaders()).doesNotContainKey(MifumoConstants.PREVIOUS);

        Exchange second = camel.template.send("mifumo:contacts/list?pageSize=2&tags=even", e -> e.getMessage()
                .setHeader(MifumoConstants.PAGE, 2));
        assertThat(second.getMessage().getBody(List.class)).hasSize(1);
        assertThat(second.getMessage().getHeaders()).doesNotContainKeys(MifumoConstants.NEXT,
                MifumoConstants.NEXT_PAGE);
        assertThat(second.getMessage().getHeader(MifumoConstants.PREVIOUS, String.class)).isNotBlank();

        Exchange search = camel.send("mifumo:contacts/list", null, MifumoConstants.SEARCH, "person 3");
        assertThat(search.getMessage().getBody(List.class)).hasSize(1);
    }

    @Test
    void allPagesStreamsEveryContactReadingAPageOnlyWhenNeeded() throws Exception {
        StringBuilder csv = new StringBuilder("phone,name\n");
        for (int i = 0; i < 250; i++) {
            csv.append(String.format("0754%06d,Person %d%n", i, i));
        }
        camel.send("mifumo:contacts/import", csv.toString(), null, null);
        int before = sandbox.requestCount("GET", "/api/messaging/contacts/");

        Exchange exchange = camel.template.send("mifumo:contacts/list?allPages=true&pageSize=100", e -> { });
        Iterator<?> contacts = exchange.getMessage().getBody(Iterator.class);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.TOTAL_COUNT)).isEqualTo(250);
        int read = 0;
        while (read < 100) {
            assertThat(contacts.next()).isInstanceOf(Contact.class);
            read++;
        }
        assertThat(sandbox.requestCount("GET", "/api/messaging/contacts/") - before).isEqualTo(1);
        assertThat(contacts.hasNext()).isTrue();
        assertThat(sandbox.requestCount("GET", "/api/messaging/contacts/") - before).isEqualTo(2);
        while (contacts.hasNext()) {
            contacts.next();
            read++;
        }
        assertThat(read).isEqualTo(250);
        assertThat(sandbox.requestCount("GET", "/api/messaging/contacts/") - before).isEqualTo(3);

        MockEndpoint each = camel.context.getEndpoint("mock:contact", MockEndpoint.class);
        each.expectedMessageCount(250);
        camel.template.sendBody("direct:everyContact", null);
        each.assertIsSatisfied(5000);
        assertThat(each.getExchanges().get(249).getMessage().getBody(Contact.class).getName())
                .isEqualTo("Person 249");
    }

    @Test
    void importsAnExcelExportWithBomSemicolonsAndLostLeadingZeros() {
        // C22, C23, C24 and the "done when": row numbers as the file counts them
        Exchange exchange = camel.send("mifumo:contacts/import?fileName=customers.csv",
                EXCEL_CSV.getBytes(StandardCharsets.UTF_8), MifumoConstants.TAGS, "VIP,Customer");

        assertThat(exchange.getException()).isNull();
        ContactImportResult result = exchange.getMessage().getBody(ContactImportResult.class);
        assertThat(result.getImported()).isEqualTo(2);
        assertThat(result.getFailed()).isEqualTo(2);
        assertThat(result.getSkipped()).isEqualTo(1);
        assertThat(result.getErrors()).extracting(ImportRowError::getRow).containsExactly(4, 7);
        assertThat(result.getErrors().get(0).getError()).contains("2.55754E+11", "scientific notation");
        assertThat(result.getSkippedRows().get(0).getRow()).isEqualTo(6);
        assertThat(result.getSkippedRows().get(0).getReason()).isEqualTo("duplicate of row 2");

        List<SandboxContact> contacts = sandbox.contacts();
        assertThat(contacts).extracting(SandboxContact::phone).containsExactly("+255754000111", "+255655000222");
        assertThat(contacts.get(0).name()).isEqualTo("Mwajuma, Asha");
        assertThat(contacts.get(0).tags()).containsExactly("VIP", "Customer");

        RecordedRequest upload = sandbox.requests().stream().filter(r -> r.path().equals(IMPORT)).findFirst()
                .orElseThrow();
        assertThat(upload.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(upload.body()).contains("filename=\"customers.csv\"", "Content-Type: text/csv",
                "name=\"tags\"\r\n\r\nVIP,Customer\r\n", "\uFEFFphone;name;city");
    }

    @Test
    void importsFromAFileAGenericFileAnInputStreamAndAString() throws Exception {
        Path file = dir.resolve("crm.csv");
        Files.writeString(file, "phone,name\n0754000111,Asha\n");
        Exchange fromFile = camel.send("mifumo:contacts/import", file.toFile(), null, null);
        assertThat(fromFile.getMessage().getBody(ContactImportResult.class).getImported()).isEqualTo(1);

        // a file consumer hands over a GenericFile; its name and tags come along
        MockEndpoint imported = camel.context.getEndpoint("mock:imported", MockEndpoint.class);
        imported.expectedMessageCount(1);
        Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(dir.resolve("inbox").resolve("wholesale.csv"), "phone\n0655000222\n");
        imported.assertIsSatisfied(5000);
        assertThat(imported.getExchanges().get(0).getMessage().getBody(ContactImportResult.class).getImported())
                .isEqualTo(1);

        // an InputStream above the in-memory limit goes through a temporary file
        StringBuilder large = new StringBuilder("phone,name,notes\n");
        String notes = "x".repeat(300);
        int rows = 0;
        while (large.length() <= 1_200_000) {
            large.append(String.format("0692%06d,Row %d,%s%n", rows, rows, notes));
            rows++;
        }
        Exchange fromStream = camel.send("mifumo:contacts/import",
                new ByteArrayInputStream(large.toString().getBytes(StandardCharsets.UTF_8)),
                MifumoConstants.FILE_NAME, "large.csv");
        assertThat(fromStream.getException()).isNull();
        assertThat(fromStream.getMessage().getBody(ContactImportResult.class).getImported()).isEqualTo(rows);

        Exchange fromString = camel.send("mifumo:contacts/import", "phone\n0725000555\n", null, null);
        assertThat(fromString.getMessage().getBody(ContactImportResult.class).getImported()).isEqualTo(1);

        List<String> names = new ArrayList<>();
        sandbox.requests().stream().filter(r -> r.path().equals(IMPORT)).forEach(r -> names.add(
                r.body().substring(r.body().indexOf("filename=\"") + 10, r.body().indexOf("\"\r\nContent-Type"))));
        assertThat(names).containsExactly("crm.csv", "wholesale.csv", "large.csv", "contacts.csv");
        assertThat(sandbox.contacts().stream().filter(c -> c.phone().equals("+255655000222")).findFirst()
                .orElseThrow().tags()).containsExactly("Imported");
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temporary.filter(p -> p.getFileName().toString().startsWith("mifumo-import-"))).isEmpty();
        }
    }

    @Test
    void importRefusesABodyThatIsNoFile() {
        Exchange exchange = camel.send("mifumo:contacts/import", new File(dir.toFile(), "missing.csv"), null, null);
        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("is not a readable file");
        assertThat(camel.send("mifumo:contacts/import", null, null, null).getException())
                .hasMessageContaining("no file to import");
        assertThat(messagingRequests()).isZero();
    }

    @Test
    void bulkDeleteTakesAListOfIdsOrContacts() {
        Contact a = create("A", "+255754000111");
        Contact b = create("B", "+255754000112");
        create("C", "+255754000113");
        Exchange exchange = camel.send("mifumo:contacts/bulk-delete", List.of(a.getId(), b), null, null);
        BulkDeleteResult result = exchange.getMessage().getBody(BulkDeleteResult.class);
        assertThat(result.getDeleted()).isEqualTo(2);
        assertThat(sandbox.contacts()).extracting(SandboxContact::name).containsExactly("C");
        assertThat(camel.send("mifumo:contacts/bulk-delete", List.of(), null, null).getException())
                .hasMessageContaining("no contact ids");
    }

    @Test
    void anOptedOutContactIsNotMessagedUntilItOptsInAgain() {
        Contact contact = create("Asha", "0754000111");
        Exchange out = camel.template.send("mifumo:contacts/opt-out", e -> {
            e.getMessage().setHeader(MifumoConstants.CONTACT_ID, contact.getId());
            e.getMessage().setHeader(MifumoConstants.REASON, "No longer interested");
        });
        assertThat(out.getMessage().getBody(ContactOptResult.class).getOptOutAt()).isNotBlank();
        assertThat(sandbox.contacts().get(0).optOutReason()).isEqualTo("No longer interested");

        Exchange quick = camel.send("mifumo:sms/quick", "Promo", MifumoConstants.RECIPIENTS, "0754000111,0655000222");
        assertThat(quick.getMessage().getBody(QuickSmsResult.class).getSent()).isEqualTo(1);
        assertThat(sandbox.messages()).flatExtracting(m -> m.recipients()).containsExactly("+255655000222");

        Exchange in = camel.send("mifumo:contacts/opt-in", null, MifumoConstants.CONTACT_ID, contact.getId());
        assertThat(in.getMessage().getBody(ContactOptResult.class).getSuccess()).isTrue();
        camel.send("mifumo:sms/quick", "Promo", MifumoConstants.RECIPIENTS, "0754000111");
        assertThat(sandbox.messages()).flatExtracting(m -> m.recipients()).contains("+255754000111");
    }
}
