package io.mifumo.camel.component;

import io.mifumo.camel.sandbox.MifumoSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Camel context whose mifumo component points at a sandbox.
 */
final class CamelSandboxSupport implements AutoCloseable {

    static final String SENDER = "MIFUMO";

    final CamelContext context;
    final ProducerTemplate template;
    final MifumoComponent component;

    CamelSandboxSupport(MifumoSandbox sandbox, RouteBuilder... routes) throws Exception {
        context = new DefaultCamelContext();
        component = new MifumoComponent();
        component.getConfiguration().setApiKey(sandbox.apiKey());
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setSenderId(SENDER);
        // the messaging operations log in as the sandbox's web-application user
        component.getConfiguration().setEmail(sandbox.userEmail());
        component.getConfiguration().setPassword(sandbox.userPassword());
        context.addComponent("mifumo", component);
        for (RouteBuilder route : routes) {
            context.addRoutes(route);
        }
        context.start();
        template = context.createProducerTemplate();
    }

    /** Sends the body to the endpoint with one header and returns the exchange, failed or not. */
    Exchange send(String uri, Object body, String header, Object value) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            if (header != null) {
                exchange.getMessage().setHeader(header, value);
            }
        });
    }

    @Override
    public void close() {
        context.stop();
    }
}
