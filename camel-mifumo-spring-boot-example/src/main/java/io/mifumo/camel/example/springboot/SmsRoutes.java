package io.mifumo.camel.example.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The application's routes: one sends, one receives delivery reports, one stores a report.
 * <p>
 * The delivery-report consumer polls the API and emits each new report once (what it emitted is remembered in an
 * idempotent repository; plug in a persistent one with idempotentRepository=#bean to survive restarts).
 */
@Component
public class SmsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // failures go back to the REST caller as they are (the controller maps them), not to an error log
        from("direct:send-sms").routeId("send-sms")
                .errorHandler(noErrorHandler())
                .to("mifumo:sms/send");

        from("mifumo:sms/delivery-reports?limit=100&delay={{mifumo.example.reports-period}}")
                .routeId("poll-delivery-reports")
                .to("direct:store-delivery-report");

        from("direct:store-delivery-report").routeId("store-delivery-report")
                .bean("deliveryReportStore", "store");
    }
}
