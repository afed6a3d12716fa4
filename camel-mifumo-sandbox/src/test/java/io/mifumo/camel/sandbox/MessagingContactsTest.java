package io.mifumo.camel.sandbox;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingContactsTest {

    private static final String CONTACTS = WebClient.MESSAGING + "contacts/";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b.apiKey("k1", 100));

    private MifumoSandbox sandbox;
    private WebClient client;

    @BeforeEach
    void login() {
        sandbox = SANDBOX.getSandbox();
        client = new WebClient(sandbox).login(sandbox);
    }

    private JsonNode create(String json) {
        HttpResponse<String> response = client.post(CONTACTS, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }

    @Test
    void createsReadsUpdatesAndDeletesAContact() {
        JsonNode created = create("{\"name\":\"John Doe\",\"phone_e164\":\"0614853618\",\"email\":\"john@example.com\","
                + "\"attributes\":{\"company\":\"Example Corp\"},\"tags\":[\"VIP\",\"Customer\"]}");
        String id = created.get("id").asText();
        assertThat(created.get("phone_e164").asText()).isEqualTo("+255614853618");
        assertThat(created.get("is_active").asBoolean()).isTrue();
        assertThat(created.get("opt_out_at").isNull()).isTrue();

        JsonNode read = Http.json(client.get(CONTACTS + id + "/"));
        assertThat(read.get("attributes").get("company").asText()).isEqualTo("Example Corp");

        HttpResponse<String> updated = client.put(CONTACTS + id + "/",
                "{\"name\":\"John Doe Updated\",\"tags\":[\"VIP\",\"Customer\",\"Premium\"]}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(Http.json(updated).get("name").asText()).isEqualTo("John Doe Updated");
        assertThat(Http.json(updated).get("email").asText()).isEqualTo("john@example.com");
        assertThat(Http.json(updated).get("tags")).hasSize(3);

        assertThat(client.delete(CONTACTS + id + "/").statusCode()).isEqualTo(204);
        assertThat(client.get(CONTACTS + id + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesBadAndDuplicateNumbers() {
        create("{\"phone_e164\":\"+255754000111\"}");
        HttpResponse<String> duplicate = client.post(CONTACTS, "{\"phone_e164\":\"0754 000 111\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("already exists");

        HttpResponse<String> bad = client.post(CONTACTS, "{\"phone_e164\":\"2.55754E+11\",\"email\":\"x\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).fieldNames()).toIterable().containsExactly("phone_e164", "email");
    }

    @Test
    void listsInPagesWithSearchAndTags() {
        for (int i = 0; i < 5; i++) {
            create("{\"name\":\"Person " + i + "\",\"phone_e164\":\"+25575400011" + i + "\",\"tags\":[\""
                    + (i % 2 == 0 ? "even" : "odd") + "\"]}");
        }
        JsonNode first = Http.json(client.get(CONTACTS + "?page_size=2&tags=even"));
        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("results")).hasSize(2);
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asText()).endsWith(CONTACTS + "?page=2&page_size=2&tags=even");

        JsonNode second = Http.json(client.get(CONTACTS + "?page=2&page_size=2&tags=even"));
        assertThat(second.get("results")).hasSize(1);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(second.get("previous").asText()).endsWith(CONTACTS + "?page_size=2&tags=even");

        assertThat(client.get(CONTACTS + "?page=3&page_size=2&tags=even").statusCode()).isEqualTo(404);
        assertThat(Http.json(client.get(CONTACTS + "?search=person%203")).get("count").asInt()).isEqualTo(1);
        assertThat(Http.json(client.get(CONTACTS + "?page_size=500")).get("results")).hasSize(5);
        assertThat(client.get(CONTACTS + "?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void importsAnExcelExportWithBomSemicolonsAndDamagedNumbers() {
        // C22, C23, C24: what Excel writes for "CSV UTF-8" from a sheet whose phone column was a number
        String csv = "\uFEFFphone;name;email;city\r\n"
                + "754000111;\"Mwajuma, Asha\";asha@example.com;Dar\r\n"
                + "\"0655000222\";Juma;;Arusha\r\n"
                + "2.55754E+11;Broken;;\r\n"
                + "255692000444.0;Neema;;Mwanza\r\n"
                + ";;;\r\n"
                + "0754000111;Asha again;;\r\n"
                + "hello;Nobody;;\r\n"
                + "0725000555;Bad Mail;not-an-email;\r\n";
        HttpResponse<String> response = client.upload(CONTACTS + "bulk-import/", "contacts.csv",
                csv.getBytes(StandardCharsets.UTF_8), "Customer, VIP");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = Http.json(response);
        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("imported").asInt()).isEqualTo(3);
        assertThat(result.get("failed").asInt()).isEqualTo(3);
        assertThat(result.get("skipped").asInt()).isEqualTo(1);
        List<Integer> failedRows = new ArrayList<>();
        result.get("errors").forEach(error -> failedRows.add(error.get("row").asInt()));
        assertThat(failedRows).containsExactly(4, 8, 9);
        assertThat(result.get("errors").get(0).get("error").asText()).contains("scientific notation");
        assertThat(result.get("skipped_rows").get(0).get("row").asInt()).isEqualTo(7);
        assertThat(result.get("skipped_rows").get(0).get("reason").asText()).isEqualTo("duplicate of row 2");

        List<SandboxContact> contacts = sandbox.contacts();
        assertThat(contacts).extracting(SandboxContact::phone)
                .containsExactly("+255754000111", "+255655000222", "+255692000444");
        assertThat(contacts.get(0).name()).isEqualTo("Mwajuma, Asha");
        assertThat(contacts.get(0).tags()).containsExactly("Customer", "VIP");
        assertThat(contacts.get(0).attributes()).containsEntry("city", "Dar");
    }

    @Test
    void importReadsWindowsEncodingQuotedLineBreaksAndSkipsExistingContacts() {
        create("{\"phone_e164\":\"+255754000111\"}");
        String csv = "Phone Number,First Name,Last Name\n"
                + "0754000111,Asha,Existing\n"
                + "0655000222,\"Zuhura\nMultiline\",Café\n"
                + "0692000444,Neema,Last\n";
        JsonNode result = Http.json(client.upload(CONTACTS + "bulk-import/", "crm.csv",
                csv.getBytes(Charset.forName("windows-1252")), null));
        assertThat(result.get("imported").asInt()).isEqualTo(2);
        assertThat(result.get("skipped_rows").get(0).get("row").asInt()).isEqualTo(2);
        // the quoted line break makes row 3 span lines 3-4, so the next row is line 5
        assertThat(sandbox.contacts()).extracting(SandboxContact::name)
                .contains("Zuhura\nMultiline Café", "Neema Last");
    }

    @Test
    void importRefusesWhatItCannotRead() {
        HttpResponse<String> noPhone = client.upload(CONTACTS + "bulk-import/", "x.csv",
                "name,email\nAsha,a@b.co\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(noPhone.statusCode()).isEqualTo(400);
        assertThat(noPhone.body()).contains("No phone column");

        HttpResponse<String> xlsx = client.upload(CONTACTS + "bulk-import/", "x.xlsx",
                new byte[] { 'P', 'K', 3, 4, 0, 0 }, null);
        assertThat(xlsx.statusCode()).isEqualTo(400);
        assertThat(xlsx.body()).contains("CSV files only");

        HttpResponse<String> json = client.post(CONTACTS + "bulk-import/", "{}");
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @Test
    void optOutIsHonouredByQuickSendsAndOptInUndoesIt() {
        String id = create("{\"phone_e164\":\"+255754000111\"}").get("id").asText();
        HttpResponse<String> out = client.post(CONTACTS + id + "/opt-out/", "{\"reason\":\"No longer interested\"}");
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(Http.json(out).get("opt_out_at").isTextual()).isTrue();
        assertThat(sandbox.contacts().get(0).optOutReason()).isEqualTo("No longer interested");

        JsonNode sent = Http.json(client.post(WebClient.MESSAGING + "sms/quick/",
                "{\"recipients\":[\"0754000111\",\"0655000222\"],\"message\":\"Promo\"}"));
        assertThat(sent.get("sent").asInt()).isEqualTo(1);
        assertThat(sent.get("failed").asInt()).isEqualTo(1);
        assertThat(sent.get("opted_out").get(0).asText()).isEqualTo("+255754000111");
        assertThat(sandbox.messages()).flatExtracting(SandboxMessage::recipients).containsExactly("+255655000222");

        assertThat(client.post(CONTACTS + id + "/opt-in/", "").statusCode()).isEqualTo(200);
        JsonNode again = Http.json(client.post(WebClient.MESSAGING + "sms/quick/",
                "{\"recipients\":[\"0754000111\"],\"message\":\"Promo\"}"));
        assertThat(again.get("sent").asInt()).isEqualTo(1);
    }

    @Test
    void bulkDeleteCountsWhatItDeleted() {
        String a = create("{\"phone_e164\":\"+255754000111\"}").get("id").asText();
        String b = create("{\"phone_e164\":\"+255754000112\"}").get("id").asText();
        JsonNode result = Http.json(client.post(CONTACTS + "bulk-delete/",
                "{\"contact_ids\":[\"" + a + "\",\"" + b + "\",\"missing\"]}"));
        assertThat(result.get("deleted").asInt()).isEqualTo(2);
        assertThat(result.get("message").asText()).isEqualTo("2 contacts deleted successfully");
        assertThat(sandbox.contacts()).isEmpty();
        assertThat(client.post(CONTACTS + "bulk-delete/", "{\"contact_ids\":[]}").statusCode()).isEqualTo(400);
    }
}
