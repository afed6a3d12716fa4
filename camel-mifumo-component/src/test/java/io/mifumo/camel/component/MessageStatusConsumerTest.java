package io.mifumo.camel.component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.mifumo.camel.component.model.sms.MessageStatus;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import io.mifumo.camel.sandbox.DeliveryStatus;
import io.mifumo.camel.sandbox.MifumoSandbox;
import io.mifumo.camel.sandbox.MifumoSandboxExtension;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class MessageStatusConsumerTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.deliveryDelay(Duration.ofHours(1)));

    private static void await(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }

    @Test
    void emitsEachStatusChangeOfATrackedMessageUntilItIsFinal() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        List<MessageStatus> changes = new CopyOnWriteArrayList<>();
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox, new RouteBuilder() {
            @Override
            public void configure() {
                from("mifumo:sms/status?initialDelay=0&delay=50")
                        .process(e -> changes.add(e.getMessage().getBody(MessageStatus.class)));
            }
        })) {
            SendSmsResult sent = camel.template.requestBodyAndHeader("mifumo:sms/send?trackStatus=true", "Hello",
                    MifumoConstants.RECIPIENTS, "0754000111", SendSmsResult.class);
            assertThat(camel.component.getMessageTracker().trackedIds()).containsExactly(sent.getMessageId());

            await(changes, 1);
            assertThat(changes.get(0).getStatus()).isEqualTo("sent");

            sandbox.setRecipientStatus(sent.getMessageId(), null, DeliveryStatus.DELIVERED);
            await(changes, 2);
            assertThat(changes.get(1).getStatus()).isEqualTo("delivered");
            assertThat(changes.get(1).getMessageId()).isEqualTo(sent.getMessageId());

            // once final, the id is no longer polled and nothing more is emitted
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!camel.component.getMessageTracker().trackedIds().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(camel.component.getMessageTracker().trackedIds()).isEmpty();
            int polls = sandbox.requestCount("GET", "sms/status");
            Thread.sleep(300);
            assertThat(sandbox.requestCount("GET", "sms/status")).isEqualTo(polls);
            assertThat(changes).hasSize(2);
        }
    }

    @Test
    void tracksTheIdsOfTheMessageIdsOptionAndDropsUnknownOnes() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        List<MessageStatus> changes = new CopyOnWriteArrayList<>();
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox)) {
            SendSmsResult sent = camel.template.requestBodyAndHeader("mifumo:sms/send", "Hello",
                    MifumoConstants.RECIPIENTS, "0754000111", SendSmsResult.class);
            sandbox.setRecipientStatus(sent.getMessageId(), null, DeliveryStatus.FAILED);
            camel.context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mifumo:sms/status?initialDelay=0&delay=50&messageIds=" + sent.getMessageId() + ",nope")
                            .process(e -> changes.add(e.getMessage().getBody(MessageStatus.class)));
                }
            });
            await(changes, 1);
            Thread.sleep(300);
            assertThat(changes).singleElement().satisfies(s -> assertThat(s.getStatus()).isEqualTo("failed"));
            assertThat(camel.component.getMessageTracker().trackedIds()).isEmpty();
        }
    }
}
