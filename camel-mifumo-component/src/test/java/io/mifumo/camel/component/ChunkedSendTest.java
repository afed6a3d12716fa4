package io.mifumo.camel.component;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.exception.MifumoRecipientsFailedException;
import io.mifumo.camel.component.model.sms.RecipientResult;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.Fault;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import io.mifumo.camel.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C35: a long recipient list goes out in chunks, in order, and a failed chunk loses none of the others' results;
 * C17: per-recipient failures in a 2xx answer are named.
 */
class ChunkedSendTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.maxRecipientsPerRequest(100).apiKey(MifumoSandbox.DEFAULT_API_KEY, 1_000_000));

    private MifumoSandbox sandbox;
    private CamelSandboxSupport camel;

    @BeforeEach
    void start() throws Exception {
        sandbox = SANDBOX.getSandbox();
        camel = new CamelSandboxSupport(sandbox);
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private static List<String> numbers(int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(String.format("+2557540%05d", i));
        }
        return numbers;
    }

    private static List<String> recipientsOf(RecordedRequest request) throws Exception {
        List<String> recipients = new ArrayList<>();
        new ObjectMapper().readTree(request.body()).get("recipients").forEach(n -> recipients.add(n.asText()));
        return recipients;
    }

    @Test
    void twoHundredFiftyRecipientsGoOutAsThreeRequestsInOrder() throws Exception {
        List<String> all = numbers(250);
        Exchange exchange = camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, all);

        assertThat(exchange.getException()).isNull();
        List<RecordedRequest> posts = sandbox.requests();
        assertThat(posts).hasSize(3);
        assertThat(recipientsOf(posts.get(0))).containsExactlyElementsOf(all.subList(0, 100));
        assertThat(recipientsOf(posts.get(1))).containsExactlyElementsOf(all.subList(100, 200));
        assertThat(recipientsOf(posts.get(2))).containsExactlyElementsOf(all.subList(200, 250));

        SendSmsResult result = exchange.getMessage().getBody(SendSmsResult.class);
        assertThat(result.getMessageIds()).hasSize(3);
        assertThat(result.getRecipientResults()).hasSize(250).noneMatch(RecipientResult::isFailed);
        assertThat(result.getStatus()).isEqualTo("sent");
        assertThat(exchange.getMessage().getHeader(MifumoConstants.CREDITS)).isEqualTo(250);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.FAILED_RECIPIENTS, List.class)).isEmpty();
    }

    @Test
    void aFailedChunkLosesNoneOfTheOthersResults() {
        // the second request is refused; the first and third go through
        sandbox.onRequest(new java.util.function.Consumer<>() {
            private int posts;

            @Override
            public void accept(String request) {
                if (request.startsWith("POST") && ++posts == 2) {
                    sandbox.enqueueFault(Fault.html(502, "<h1>Bad gateway</h1>").on("POST", "sms/send"));
                }
            }
        });
        List<String> all = numbers(250);
        Exchange exchange = camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, all);

        assertThat(exchange.getException()).isNull();
        SendSmsResult result = exchange.getMessage().getBody(SendSmsResult.class);
        assertThat(result.getStatus()).isEqualTo("partially_sent");
        assertThat(result.getMessageIds()).hasSize(2);
        assertThat(result.getFailedRecipients()).containsExactlyElementsOf(all.subList(100, 200));
        assertThat(result.getRecipientResults().get(150).getStatus()).isEqualTo("unknown");
        assertThat(result.getRecipientResults().get(150).getError()).contains("HTTP 502");
        assertThat(exchange.getMessage().getHeader(MifumoConstants.CREDITS)).isEqualTo(150);
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(3);
    }

    @Test
    void perRecipientFailuresInTheAnswerAreNamedAndMayFailTheExchange() {
        String answer = "{\"success\":true,\"message_id\":\"m1\",\"status\":\"sent\",\"results\":["
                        + "{\"recipient\":\"+255754000111\",\"status\":\"sent\"},"
                        + "{\"recipient\":\"+255655000222\",\"status\":\"failed\",\"error\":\"Number barred\"}]}";
        sandbox.enqueueFault(Fault.json(200, answer).on("POST", "sms/send").times(2));

        Exchange lenient = camel.send("mifumo:sms/send", "Hi", MifumoConstants.RECIPIENTS, "0754000111,0655000222");
        assertThat(lenient.getException()).isNull();
        assertThat(lenient.getMessage().getHeader(MifumoConstants.FAILED_RECIPIENTS, List.class))
                .containsExactly("+255655000222");
        assertThat(lenient.getMessage().getBody(SendSmsResult.class).getRecipientResults().get(1).getError())
                .isEqualTo("Number barred");

        Exchange strict = camel.send("mifumo:sms/send?failOnRecipientError=true", "Hi", MifumoConstants.RECIPIENTS,
                "0754000111,0655000222");
        assertThat(strict.getException()).isInstanceOf(MifumoRecipientsFailedException.class)
                .hasMessageContaining("+255655000222").hasMessageContaining("failed recipients only");
    }

    @Test
    void everyChunkFailingFailsTheExchange() {
        sandbox.setBalance(sandbox.apiKey(), 0);
        Exchange exchange = camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, numbers(150));
        assertThat(exchange.getException()).hasMessageContaining("HTTP 402");
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(2);
    }

    @Test
    void tenThousandRecipientsGoOutAsAHundredRequestsOfAHundred() {
        List<String> all = numbers(10_000);
        Exchange exchange = camel.send("mifumo:sms/send", "Hello", MifumoConstants.RECIPIENTS, all);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox.requestCount("POST", "sms/send")).isEqualTo(100);
        SendSmsResult result = exchange.getMessage().getBody(SendSmsResult.class);
        assertThat(result.getMessageIds()).hasSize(100).doesNotHaveDuplicates();
        assertThat(result.getRecipientResults()).hasSize(10_000).noneMatch(RecipientResult::isFailed);
        assertThat(exchange.getMessage().getHeader(MifumoConstants.CREDITS)).isEqualTo(10_000);
    }
}
