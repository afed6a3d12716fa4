package io.mifumo.camel.component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line of the JVM at DEBUG while open, except HttpClient's wire and header logs: like every
 * HttpClient user, those print request headers (and so the API key) at DEBUG, and the README says to keep them at
 * INFO.
 */
final class LogCapture implements AutoCloseable {

    static final List<String> HTTP_CLIENT_WIRE = List.of(
            "org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final Appender appender;
    private final Level previous;

    LogCapture() {
        appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder line = new StringBuilder(event.getLevel().name()).append(' ')
                        .append(event.getLoggerName()).append(' ')
                        .append(event.getMessage().getFormattedMessage());
                for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                    line.append(" | ").append(t);
                }
                lines.add(line.toString());
            }
        };
        appender.start();
        Configuration configuration = context.getConfiguration();
        LoggerConfig root = configuration.getRootLogger();
        previous = root.getLevel();
        root.addAppender(appender, Level.ALL, null);
        root.setLevel(Level.DEBUG);
        configuration.getLoggers().values().stream()
                .filter(logger -> !HTTP_CLIENT_WIRE.contains(logger.getName()))
                .forEach(logger -> logger.setLevel(Level.DEBUG));
        context.updateLoggers();
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender("capture");
        root.setLevel(previous);
        context.updateLoggers();
        appender.stop();
    }
}
