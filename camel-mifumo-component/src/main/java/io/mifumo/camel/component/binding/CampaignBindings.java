package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.campaigns.Campaign;
import io.mifumo.camel.component.model.campaigns.CampaignActionResult;
import io.mifumo.camel.component.model.campaigns.CampaignAnalytics;
import io.mifumo.camel.component.model.campaigns.CampaignRequest;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.validation.Recipients;
import io.mifumo.camel.component.validation.SenderIds;
import org.apache.camel.Message;

/**
 * Bindings of the campaigns operations of the messaging API.
 */
final class CampaignBindings {

    static final OperationBinding LIST = new ListBinding<>(Campaign.class, (configuration, in) -> {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", configuration.getCampaignStatus());
        filters.put("search", MessagingInputs.text(in, MifumoConstants.SEARCH, configuration.getSearch()));
        return filters;
    });

    /**
     * campaigns/create: a CampaignRequest (or a Map or JSON). The sender comes from the header CamelMifumoSenderId,
     * the request or the senderId option, and is checked against the network rule; numbers are normalised to
     * E.164; a campaign needs a name, a message and recipients, numbers or contact ids.
     */
    static final OperationBinding CREATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            CampaignRequest request = MessagingInputs.body(operation, in, CampaignRequest.class);
            List<String> problems = new ArrayList<>();
            if (request.getName() == null || request.getName().isBlank()) {
                problems.add("the campaign has no name");
            }
            if (request.getMessage() == null || request.getMessage().isBlank()) {
                problems.add("the campaign has no message");
            }
            String senderId = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.SENDER_ID, String.class),
                    request.getSenderId(), configuration.getSenderId());
            if (senderId != null) {
                String senderProblem = SenderIds.check(senderId);
                if (senderProblem != null) {
                    problems.add(senderProblem);
                }
                request.setSenderId(senderId);
            }
            if (request.getRecipients() != null) {
                Recipients recipients = Recipients.normalise(Recipients.tokens(request.getRecipients()),
                        configuration.getDefaultRegion());
                recipients.getProblems().forEach(problem -> problems.add("invalid recipient " + problem));
                request.setRecipients(recipients.getNumbers());
            }
            if (isEmpty(request.getRecipients()) && isEmpty(request.getContactIds())
                    && isEmpty(request.getSegmentIds())) {
                problems.add("the campaign has no recipients: give recipients, contact_ids or segment_ids");
            }
            if (!problems.isEmpty()) {
                throw new MifumoValidationException(operation.uriName(), problems);
            }
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(request));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            campaign(response, out);
        }
    };

    static final OperationBinding GET = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            campaign(response, out);
        }
    };

    /** campaigns/start, pause and cancel: the answer's campaign status goes to CamelMifumoStatus. */
    static final OperationBinding ACTION = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            CampaignActionResult result = Inputs.object(response.getBody(), CampaignActionResult.class);
            out.setBody(result);
            ListBinding.setOrRemove(out, MifumoConstants.STATUS,
                    result.getCampaign() == null ? null : result.getCampaign().getStatus());
        }
    };

    static final OperationBinding ANALYTICS = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            CampaignAnalytics analytics = Inputs.object(response.getBody(), CampaignAnalytics.class);
            out.setBody(analytics);
            ListBinding.setOrRemove(out, MifumoConstants.STATUS, analytics.getStatus());
        }
    };

    /** campaigns/duplicate: CamelMifumoCampaignId becomes the copy's id. */
    static final OperationBinding DUPLICATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            CampaignActionResult result = Inputs.object(response.getBody(), CampaignActionResult.class);
            out.setBody(result);
            if (result.getNewCampaign() != null) {
                ListBinding.setOrRemove(out, MifumoConstants.CAMPAIGN_ID, result.getNewCampaign().getId());
                ListBinding.setOrRemove(out, MifumoConstants.STATUS, result.getNewCampaign().getStatus());
            }
        }
    };

    private CampaignBindings() {
    }

    private static String path(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
        String id = MessagingInputs.id(operation, in, MifumoConstants.CAMPAIGN_ID, configuration.getCampaignId(),
                "campaignId", "campaign id");
        return operation.expandPath(Map.of("campaign_id", id));
    }

    private static void campaign(MifumoHttpResponse response, Message out) throws Exception {
        Campaign campaign = Inputs.object(response.getBody(), Campaign.class);
        out.setBody(campaign);
        ListBinding.setOrRemove(out, MifumoConstants.CAMPAIGN_ID, campaign.getId());
        ListBinding.setOrRemove(out, MifumoConstants.STATUS, campaign.getStatus());
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
