package io.mifumo.camel.component;

import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileMessageTrackerTest {

    @RegisterExtension
    static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(
            builder -> builder.deliveryDelay(Duration.ofHours(1)));

    @TempDir
    Path dir;

    @Test
    void trackedIdsSurviveANewInstance() {
        Path file = dir.resolve("tracked.txt");
        FileMessageTracker first = new FileMessageTracker(file);
        first.track("m1");
        first.track("m2");
        first.track("m1");
        first.untrack("m2");
        assertThat(new FileMessageTracker(file).trackedIds()).containsExactly("m1");
    }

    @Test
    void aMessageSentBeforeARestartIsStillFollowedAfterIt() throws Exception {
        MifumoSandbox sandbox = SANDBOX.getSandbox();
        Path file = dir.resolve("tracked.txt");
        String id;
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox)) {
            camel.context.getRegistry().bind("tracker", new FileMessageTracker(file));
            id = camel.template.requestBodyAndHeader("mifumo:sms/send?trackStatus=true&messageTracker=#tracker",
                    "Hello", MifumoConstants.RECIPIENTS, "0754000111", SendSmsResult.class).getMessageId();
        }
        sandbox.setRecipientStatus(id, null, DeliveryStatus.DELIVERED);

        List<MessageStatus> changes = new CopyOnWriteArrayList<>();
        try (CamelSandboxSupport camel = new CamelSandboxSupport(sandbox)) {
            camel.context.getRegistry().bind("tracker", new FileMessageTracker(file));
            camel.context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mifumo:sms/status?initialDelay=0&delay=50&messageTracker=#tracker")
                            .process(e -> changes.add(e.getMessage().getBody(MessageStatus.class)));
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (changes.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(changes).singleElement().satisfies(s -> {
            assertThat(s.getMessageId()).isEqualTo(id);
            assertThat(s.getStatus()).isEqualTo("delivered");
        });
        assertThat(new FileMessageTracker(file).trackedIds()).isEmpty();
    }
}
