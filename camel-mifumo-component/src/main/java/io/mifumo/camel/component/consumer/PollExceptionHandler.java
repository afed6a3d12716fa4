package io.mifumo.camel.component.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.LoggingExceptionHandler;

/**
 * Logs an exchange a route failed on at WARN, but a failed poll only at DEBUG: {@link MifumoPollStrategy} already
 * reported it, once per failure streak.
 */
public class PollExceptionHandler implements ExceptionHandler {

    private final ExceptionHandler exchanges;
    private final ExceptionHandler polls;

    public PollExceptionHandler(CamelContext context, Class<?> owner) {
        this.exchanges = new LoggingExceptionHandler(context, owner, LoggingLevel.WARN);
        this.polls = new LoggingExceptionHandler(context, owner, LoggingLevel.DEBUG);
    }

    @Override
    public void handleException(Throwable exception) {
        polls.handleException(exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        polls.handleException(message, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        (exchange == null ? polls : exchanges).handleException(message, exchange, exception);
    }
}
