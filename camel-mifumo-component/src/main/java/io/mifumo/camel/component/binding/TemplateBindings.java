package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.templates.Template;
import io.mifumo.camel.component.model.templates.TemplateFavorite;
import io.mifumo.camel.component.model.templates.TemplateVariables;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import org.apache.camel.Message;

/**
 * Bindings of the templates operations of the messaging API.
 */
final class TemplateBindings {

    /** Fields of a template the API sets itself; they are not sent on create or update. */
    private static final String[] READ_ONLY = { "id", "is_active", "is_favorite", "usage_count", "created_at",
                                                "updated_at" };

    static final OperationBinding LIST = new ListBinding<>(Template.class, (configuration, in) -> {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("category", configuration.getCategory());
        filters.put("search", MessagingInputs.text(in, MifumoConstants.SEARCH, configuration.getSearch()));
        return filters;
    });

    static final OperationBinding CREATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            Template template = MessagingInputs.body(operation, in, Template.class);
            List<String> problems = new ArrayList<>();
            if (template.getName() == null || template.getName().isBlank()) {
                problems.add("the template has no name");
            }
            if (template.getMessage() == null || template.getMessage().isBlank()) {
                problems.add("the template has no message");
            }
            if (!problems.isEmpty()) {
                throw new MifumoValidationException(operation.uriName(), problems);
            }
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate())
                    .body(MessagingInputs.writable(template, READ_ONLY)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            template(response, out);
        }
    };

    static final OperationBinding GET = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            template(response, out);
        }
    };

    static final OperationBinding UPDATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            Template template = MessagingInputs.body(operation, in, Template.class);
            return new PreparedCall(Inputs.request(operation, configuration,
                    path(operation, configuration, in, template.getId()))
                    .body(MessagingInputs.writable(template, READ_ONLY)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            template(response, out);
        }
    };

    static final OperationBinding DELETE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) {
            out.setBody(null);
        }
    };

    static final OperationBinding TOGGLE_FAVORITE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), TemplateFavorite.class));
        }
    };

    static final OperationBinding VARIABLES = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), TemplateVariables.class));
        }
    };

    private TemplateBindings() {
    }

    /** The template's path: the id from the header, the option, or (for updates) the body's id. */
    static String path(MifumoOperation operation, MifumoConfiguration configuration, Message in, String bodyId) {
        String id = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.TEMPLATE_ID, String.class),
                configuration.getTemplateId(), bodyId);
        if (id == null) {
            throw new MifumoValidationException(operation.uriName(), List.of(
                    "no template id: set the header " + MifumoConstants.TEMPLATE_ID + " or the option templateId"));
        }
        return operation.expandPath(Map.of("template_id", id));
    }

    private static void template(MifumoHttpResponse response, Message out) throws Exception {
        Template template = Inputs.object(response.getBody(), Template.class);
        out.setBody(template);
        ListBinding.setOrRemove(out, MifumoConstants.TEMPLATE_ID, template.getId());
    }
}
