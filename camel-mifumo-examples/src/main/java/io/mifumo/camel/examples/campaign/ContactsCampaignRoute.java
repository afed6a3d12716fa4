package io.mifumo.camel.examples.campaign;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.model.campaigns.CampaignRequest;
import io.mifumo.camel.component.model.contacts.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Contacts file to campaign: every CSV (or Excel) file dropped in the inbox is imported into Mifumo with a tag; then a
 * campaign goes to every contact with that tag, starts, is followed until it ends, and its analytics are logged.
 * <ol>
 * <li>{@code mifumo:contacts/import} uploads the file as it is; rows the API refused are logged with their row
 * numbers. The file then moves to {@code .done} (or {@code .failed} when the import failed).</li>
 * <li>{@code mifumo:contacts/list?allPages=true} reads the tag's contacts page by page (100 at a time).</li>
 * <li>{@code mifumo:campaigns/create} and {@code campaigns/start}.</li>
 * <li>{@code mifumo:campaigns/get} every {@code pollMillis} while the campaign is scheduled or running (the delay
 * holds a thread of the campaign route, which is fine for a few campaigns at a time), then
 * {@code campaigns/analytics}; the analytics go to the completion endpoint.</li>
 * </ol>
 */
public class ContactsCampaignRoute extends RouteBuilder {

    /** What the route needs to know; the endpoint options of the mifumo component are set on the component. */
    public record Settings(String inbox, String tag, String campaignName, String message, long pollMillis,
            String completedUri) {
    }

    private final Settings settings;

    public ContactsCampaignRoute(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        from("file:" + settings.inbox() + "?include=.*\\.(csv|xlsx|xls)&move=.done&moveFailed=.failed")
                .routeId("import-contacts")
                .setHeader(MifumoConstants.TAGS, constant(settings.tag()))
                .to("mifumo:contacts/import")
                .log("Imported ${header.CamelFileName}: ${body.imported} new contacts, ${body.failed} rows failed,"
                     + " ${body.skipped} skipped")
                .split(simple("${body.errors}"))
                    .log(LoggingLevel.WARN, "${header.CamelFileName} row ${body.row}: ${body.error}")
                .end()
                // the file is done once imported; the campaign, which may run for hours, goes on by itself
                .to("seda:campaign-for-tag");

        from("seda:campaign-for-tag")
                .routeId("campaign-for-tag")
                .setHeader(MifumoConstants.TAGS, constant(settings.tag()))
                .to("mifumo:contacts/list?allPages=true&pageSize=100")
                .process(this::campaignRequest)
                .to("mifumo:campaigns/create")
                .log("Campaign ${body.name} (${header.CamelMifumoCampaignId}) created for ${body.totalRecipients}"
                     + " contacts tagged " + settings.tag())
                .to("mifumo:campaigns/start")
                .log("Campaign ${header.CamelMifumoCampaignId} is ${header.CamelMifumoStatus}")
                .loopDoWhile(simple("${header.CamelMifumoStatus} in 'running,scheduled'"))
                    .to("direct:campaign-progress")
                .end()
                .to("mifumo:campaigns/analytics")
                .choice()
                    .when(header(MifumoConstants.STATUS).isEqualTo("completed"))
                        .log("Campaign ${body.name} completed: ${body.sent} of ${body.totalRecipients} sent,"
                             + " ${body.delivered} delivered, ${body.failed} failed, delivery rate"
                             + " ${body.deliveryRate}%, cost ${body.cost} ${body.currency},"
                             + " ${body.durationSeconds} s")
                    .otherwise()
                        .log(LoggingLevel.WARN, "Campaign ${body.name} ended ${body.status} after ${body.sent} of"
                                                + " ${body.totalRecipients} sent")
                .end()
                .to(settings.completedUri());

        // a route of its own: a delay takes the steps after it as its children
        from("direct:campaign-progress")
                .routeId("campaign-progress")
                .delay(settings.pollMillis())
                .to("mifumo:campaigns/get")
                .log(LoggingLevel.DEBUG, "Campaign progress: ${body.sent} of ${body.totalRecipients} sent");
    }

    /** The campaign for the tag's contacts; their ids are collected as the pages are read. */
    private void campaignRequest(Exchange exchange) {
        Iterator<?> contacts = exchange.getMessage().getBody(Iterator.class);
        List<String> ids = new ArrayList<>();
        contacts.forEachRemaining(contact -> ids.add(((Contact) contact).getId()));
        CampaignRequest request = new CampaignRequest();
        request.setName(settings.campaignName());
        request.setMessage(settings.message());
        request.setContactIds(ids);
        exchange.getMessage().setBody(request);
    }
}
