package io.mifumo.camel.sandbox;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts one {@link MifumoSandbox} per test class, resets it before each test and closes it
 * after the class; it also injects the sandbox into {@code MifumoSandbox} constructor and method parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MifumoSandboxExtension SANDBOX = new MifumoSandboxExtension(b -> b.apiKey("k", 500));
 *
 * // or
 * @ExtendWith(MifumoSandboxExtension.class)
 * class MyTest {
 *     @Test
 *     void sends(MifumoSandbox sandbox) { ... }
 * }
 * }</pre>
 *
 * <p>Register it on a static field or with {@code @ExtendWith}: on an instance field JUnit never calls
 * {@code beforeAll}, so there would be nobody to close the sandbox, and the extension refuses to start one.
 * This is the only class of the module that uses JUnit, whose API is an optional dependency.
 */
public final class MifumoSandboxExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final Consumer<MifumoSandbox.Builder> configuration;
    private volatile boolean resetBeforeEach = true;
    private MifumoSandbox sandbox;
    private String ownerId;

    /** A sandbox with the builder's defaults: key {@value MifumoSandbox#DEFAULT_API_KEY}, 10 000 credits. */
    public MifumoSandboxExtension() {
        this(builder -> {
        });
    }

    /** A sandbox configured by {@code configuration}; the port is left free (0) unless it sets one. */
    public MifumoSandboxExtension(Consumer<MifumoSandbox.Builder> configuration) {
        if (configuration == null) {
            throw new IllegalArgumentException("configuration must not be null");
        }
        this.configuration = configuration;
    }

    /** Whether {@link MifumoSandbox#reset()} runs before each test; default {@code true}. */
    public MifumoSandboxExtension resetBeforeEach(boolean value) {
        this.resetBeforeEach = value;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        // a @Nested class inherits the extension: only the class that started the sandbox closes it
        if (sandbox != null && context.getUniqueId().equals(ownerId)) {
            sandbox.close();
            sandbox = null;
            ownerId = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MifumoSandbox started = current();
        if (started == null) {
            throw new IllegalStateException("MifumoSandboxExtension was not started for the class: register it on a "
                    + "static field with @RegisterExtension, or with @ExtendWith");
        }
        if (resetBeforeEach) {
            started.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MifumoSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MifumoSandbox started = current();
        if (started != null) {
            return started;
        }
        if (context.getTestMethod().isPresent()) {
            throw new ParameterResolutionException("MifumoSandboxExtension was not started for the class: register "
                    + "it on a static field with @RegisterExtension, or with @ExtendWith");
        }
        // a per-class test instance is built before beforeAll runs, so its constructor may be first to ask
        return ensureStarted(context);
    }

    /** The running sandbox; throws {@link IllegalStateException} outside the test class's lifetime. */
    public MifumoSandbox getSandbox() {
        MifumoSandbox started = current();
        if (started == null) {
            throw new IllegalStateException("Sandbox not running: it starts before the test class's first test");
        }
        return started;
    }

    public String baseUrl() {
        return getSandbox().baseUrl();
    }

    /** The first configured API key. */
    public String apiKey() {
        return getSandbox().apiKey();
    }

    private synchronized MifumoSandbox current() {
        return sandbox;
    }

    private synchronized MifumoSandbox ensureStarted(ExtensionContext context) {
        if (sandbox == null) {
            MifumoSandbox.Builder builder = MifumoSandbox.builder();
            configuration.accept(builder);
            sandbox = builder.build().start();
            ownerId = context.getUniqueId();
        }
        return sandbox;
    }
}
