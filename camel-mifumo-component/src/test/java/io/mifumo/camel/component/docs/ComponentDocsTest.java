package io.mifumo.camel.component.docs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.MifumoComponent;
import io.mifumo.camel.component.operation.MifumoOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference page's tables (src-docs/mifumo-component-tables.adoc, included by mifumo-component.adoc) are
 * rendered from the component JSON this build generated. The test renders them again and fails when the committed
 * file differs, so the page never disagrees with the JSON. After changing an option, header or operation, rewrite the
 * file with: mvn -B -q verify -pl camel-mifumo-component -am -Dtest=ComponentDocsTest -Dmifumo.docs.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false
 */
class ComponentDocsTest {

    static final String TABLES = "mifumo-component-tables.adoc";
    static final String PAGE = "mifumo-component.adoc";
    static final String UPDATE = "mifumo.docs.update";

    private static Path docs() {
        // surefire runs in the module directory; the pages live beside the modules
        Path docs = Path.of("").toAbsolutePath().getParent().resolve("src-docs");
        assertThat(docs).as("src-docs beside the modules").isDirectory();
        return docs;
    }

    private static JsonNode json() throws Exception {
        try (InputStream in = MifumoComponent.class
                .getResourceAsStream("/META-INF/io/mifumo/camel/component/mifumo.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theTablesAreRenderedFromTheComponentJson() throws Exception {
        String rendered = DocsTables.render(json());
        Path file = docs().resolve(TABLES);
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("src-docs/" + TABLES + " disagrees with the component JSON; rewrite it with -D" + UPDATE
                    + "=true (see this test's javadoc)")
                .isEqualTo(rendered);
    }

    @Test
    void thePageIncludesTheTables() throws Exception {
        String page = Files.readString(docs().resolve(PAGE), StandardCharsets.UTF_8);
        assertThat(page).contains("include::" + TABLES + "[]");
    }

    @Test
    void everyOperationOptionAndHeaderHasARow() throws Exception {
        JsonNode json = json();
        String tables = Files.readString(docs().resolve(TABLES), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        json.path("properties").path("operation").path("enum")
                .forEach(op -> expectRow(tables, "`" + op.asText() + "`", missing));
        for (String section : List.of("componentProperties", "properties", "headers")) {
            for (Map.Entry<String, JsonNode> entry : json.path(section).properties()) {
                expectRow(tables, "*" + entry.getKey() + "*", missing);
            }
        }
        for (MifumoOperation operation : MifumoOperation.values()) {
            expectRow(tables, "`" + operation.uriName() + "`", missing);
        }
        assertThat(missing).isEmpty();
    }

    private static void expectRow(String tables, String cell, List<String> missing) {
        if (!tables.contains("| " + cell)) {
            missing.add(cell);
        }
    }
}
