package io.mifumo.camel.component;

import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.SendSmsRequest;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.component.model.templates.Template;
import io.mifumo.camel.component.model.templates.TemplateFavorite;
import io.mifumo.camel.component.model.templates.TemplateVariables;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.SandboxMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {

    private static final String TEMPLATE_PATH = "/api/messaging/templates/";

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension();

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox, new RouteBuilder() {
            @Override
            public void configure() {
                // a batch of customers, each a Map: the template (CamelMifumoTemplateId) is filled per customer
                from("direct:batch").split(body())
                        .setHeader(MifumoConstants.RECIPIENTS, simple("${body[phone]}"))
                        .to("mifumo:sms/send");
            }
        });
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private Template create(String name, String message) {
        Template template = new Template();
        template.setName(name);
        template.setCategory("TRANSACTIONAL");
        template.setMessage(message);
        Exchange exchange = camel.send("mifumo:templates/create", template, null, null);
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(Template.class);
    }

    @Test
    void createsGetsUpdatesListsAndDeletesTemplates() {
        Template created = create("Welcome Message", "Welcome {{name}}! Thank you for joining us.");
        assertThat(created.getVariables()).containsExactly("name");
        assertThat(created.getFavorite()).isFalse();

        Exchange got = camel.send("mifumo:templates/get", null, MifumoConstants.TEMPLATE_ID, created.getId());
        assertThat(got.getMessage().getBody(Template.class).getMessage()).startsWith("Welcome {{name}}");
        assertThat(got.getMessage().getHeader(MifumoConstants.TEMPLATE_ID)).isEqualTo(created.getId());

        Template change = new Template();
        change.setId(created.getId());
        change.setMessage("Karibu {{name}}, code {{code}}");
        Template updated = camel.send("mifumo:templates/update", change, null, null).getMessage()
                .getBody(Template.class);
        assertThat(updated.getName()).isEqualTo("Welcome Message");
        assertThat(updated.getVariables()).containsExactly("name", "code");

        create("Payment", "Malipo {{amount}} yamepokelewa");
        Exchange list = camel.send("mifumo:templates/list?category=TRANSACTIONAL", null, MifumoConstants.SEARCH,
                "karibu");
        assertThat(list.getMessage().getBody(List.class)).hasSize(1);
        assertThat(list.getMessage().getHeader(MifumoConstants.TOTAL_COUNT)).isEqualTo(1);

        Exchange deleted = camel.send("mifumo:templates/delete?templateId=" + created.getId(), null, null, null);
        assertThat(deleted.getMessage().getHeader(MifumoConstants.HTTP_STATUS)).isEqualTo(204);
        assertThat(camel.send("mifumo:templates/get", null, MifumoConstants.TEMPLATE_ID, created.getId())
                .getException()).isInstanceOf(MifumoNotFoundException.class);
    }

    @Test
    void togglesTheFavoriteAndListsTheVariables() {
        Template template = create("Welcome", "Welcome {{name}}, your code is {{code}}");
        TemplateFavorite favorite = camel.send("mifumo:templates/toggle-favorite", null,
                MifumoConstants.TEMPLATE_ID, template.getId()).getMessage().getBody(TemplateFavorite.class);
        assertThat(favorite.getFavorite()).isTrue();

        TemplateVariables variables = camel.send("mifumo:templates/variables", null, MifumoConstants.TEMPLATE_ID,
                template.getId()).getMessage().getBody(TemplateVariables.class);
        assertThat(variables.getTemplateId()).isEqualTo(template.getId());
        assertThat(variables.getVariables()).extracting(v -> v.getName()).containsExactly("name", "code");
        assertThat(variables.getVariables().get(0).getRequired()).isTrue();
    }

    @Test
    void aTemplateWithoutNameOrMessageIsRefusedBeforeAnyRequest() {
        Exchange exchange = camel.send("mifumo:templates/create", Map.of("category", "PROMOTIONAL"), null, null);
        assertThat(exchange.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("no name").hasMessageContaining("no message");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aBatchFillsEachMessageWithItsOwnValuesAndReadsTheTemplateOnce() {
        // C29
        Template welcome = create("Welcome", "Habari {{name}}, karibu!");
        camel.template.sendBodyAndHeader("direct:batch", List.of(
                Map.of("name", "Asha", "phone", "0754000111"),
                Map.of("name", "Juma", "phone", "0655000222")), MifumoConstants.TEMPLATE_ID, welcome.getId());

        List<SandboxMessage> messages = sandbox.messages();
        assertThat(messages).extracting(SandboxMessage::text).containsExactly("Habari Asha, karibu!",
                "Habari Juma, karibu!");
        assertThat(messages.get(0).recipients()).containsExactly("+255754000111");
        assertThat(messages.get(1).recipients()).containsExactly("+255655000222");
        assertThat(sandbox.requestCount("GET", TEMPLATE_PATH + welcome.getId())).isEqualTo(1);
    }

    @Test
    void aMissingVariableFailsBeforeSendingAndSegmentsCountAfterFilling() {
        // C30: the template text in a header, values from headers
        Exchange missing = camel.template.send("mifumo:sms/send", e -> {
            e.getMessage().setHeader(MifumoConstants.TEMPLATE, "Malipo {{amount}} yamepokelewa");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
        });
        assertThat(missing.getException()).isInstanceOf(MifumoValidationException.class)
                .hasMessageContaining("the variable amount, which has no value")
                .hasMessageContaining("nothing was sent");
        assertThat(sandbox.requests()).isEmpty();

        // a template of 156 characters (one segment) becomes 162 once filled: two segments, charged as two
        String template = "a".repeat(145) + " {{amount}}";
        Exchange filled = camel.template.send("mifumo:sms/send", e -> {
            e.getMessage().setHeader(MifumoConstants.TEMPLATE, template);
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
            e.getMessage().setHeader("amount", "TZS 1,500,000.00");
        });
        assertThat(filled.getException()).isNull();
        assertThat(filled.getMessage().getHeader(MifumoConstants.SEGMENTS)).isEqualTo(2);
        assertThat(sandbox.messages().get(0).text()).endsWith(" TZS 1,500,000.00");
        assertThat(sandbox.messages().get(0).creditsUsed()).isEqualTo(2);

        Exchange lenient = camel.template.send("mifumo:sms/send?allowMissingVariables=true", e -> {
            e.getMessage().setHeader(MifumoConstants.TEMPLATE, "Malipo {{amount}} yamepokelewa");
            e.getMessage().setHeader(MifumoConstants.RECIPIENTS, "0754000111");
        });
        assertThat(lenient.getException()).isNull();
        assertThat(sandbox.messages().get(1).text()).isEqualTo("Malipo  yamepokelewa");
    }

    @Test
    void aTypedRequestGetsItsMessageFromTheTemplate() {
        Template template = create("Typed", "Oda {{order}} iko tayari");
        SendSmsRequest request = new SendSmsRequest(null, List.of("0754000111"), "DUKA");
        Exchange exchange = camel.template.send("mifumo:sms/send?templateId=" + template.getId(), e -> {
            e.getMessage().setBody(request);
            e.getMessage().setHeader("order", 1234);
        });
        assertThat(exchange.getException()).isNull();
        SendSmsResult result = exchange.getMessage().getBody(SendSmsResult.class);
        assertThat(sandbox.message(result.getMessageId()).text()).isEqualTo("Oda 1234 iko tayari");
        assertThat(sandbox.message(result.getMessageId()).sender()).isEqualTo("DUKA");
    }

    @Test
    void anUnknownTemplateIdFailsTheSend() {
        Exchange exchange = camel.send("mifumo:sms/send", Map.of("name", "Asha"), MifumoConstants.TEMPLATE_ID,
                "no-such-template");
        assertThat(exchange.getException()).isInstanceOf(MifumoNotFoundException.class);
        assertThat(sandbox.requestCount("POST", "sms/send")).isZero();
    }
}
