package io.mifumo.camel.example.springboot;

import io.mifumo.camel.component.MifumoConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The application's routes: one sends, one reads delivery reports, one stores a report.
 * <p>
 * Reading reports is a timer that pages through the sms/delivery-reports producer, because the component has no
 * delivery-report consumer yet. When it has, the poll route becomes
 * {@code from("mifumo:sms/delivery-reports").to("direct:store-delivery-report")} and nothing else changes.
 */
@Component
public class SmsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // failures go back to the REST caller as they are (the controller maps them), not to an error log
        from("direct:send-sms").routeId("send-sms")
                .errorHandler(noErrorHandler())
                .to("mifumo:sms/send");

        from("timer:delivery-reports?period={{mifumo.example.reports-period}}").routeId("poll-delivery-reports")
                // the producer sets the next page's offset, or null after the last page
                .setHeader(MifumoConstants.NEXT_OFFSET, constant(0))
                .loopDoWhile(header(MifumoConstants.NEXT_OFFSET).isNotNull())
                    .setHeader(MifumoConstants.OFFSET, header(MifumoConstants.NEXT_OFFSET))
                    .to("mifumo:sms/delivery-reports?limit=100")
                    .split(body())
                        .to("direct:store-delivery-report")
                    .end()
                .end();

        from("direct:store-delivery-report").routeId("store-delivery-report")
                .bean("deliveryReportStore", "store");
    }
}
