package io.mifumo.camel.component.binding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.contacts.BulkDeleteResult;
import io.mifumo.camel.component.model.contacts.Contact;
import io.mifumo.camel.component.model.contacts.ContactImportResult;
import io.mifumo.camel.component.model.contacts.ContactOptResult;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import org.apache.camel.Message;

/**
 * Bindings of the contacts operations of the messaging API.
 */
final class ContactBindings {

    /** Fields of a contact the API sets itself; they are not sent on create or update. */
    private static final String[] READ_ONLY = { "id", "is_active", "opt_in_at", "opt_out_at", "created_at",
                                                "updated_at" };

    static final OperationBinding LIST = new ListBinding<>(Contact.class, (configuration, in) -> {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("search", MessagingInputs.text(in, MifumoConstants.SEARCH, configuration.getSearch()));
        filters.put("tags", MessagingInputs.text(in, MifumoConstants.TAGS, configuration.getTags()));
        return filters;
    });

    static final OperationBinding CREATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            Contact contact = MessagingInputs.body(operation, in, Contact.class);
            List<String> problems = new ArrayList<>();
            if (contact.getPhoneE164() == null || contact.getPhoneE164().isBlank()) {
                problems.add("the contact has no phone_e164");
            }
            ObjectNode body = MessagingInputs.writable(contact, READ_ONLY);
            MessagingInputs.normalisePhone(body, "phone_e164", configuration, problems);
            if (!problems.isEmpty()) {
                throw new MifumoValidationException(operation.uriName(), problems);
            }
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(body));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            contact(response, out);
        }
    };

    static final OperationBinding GET = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            contact(response, out);
        }
    };

    static final OperationBinding UPDATE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            Contact contact = MessagingInputs.body(operation, in, Contact.class);
            String path = path(operation, configuration, in, contact.getId());
            List<String> problems = new ArrayList<>();
            ObjectNode body = MessagingInputs.writable(contact, READ_ONLY);
            MessagingInputs.normalisePhone(body, "phone_e164", configuration, problems);
            if (!problems.isEmpty()) {
                throw new MifumoValidationException(operation.uriName(), problems);
            }
            return new PreparedCall(Inputs.request(operation, configuration, path).body(body));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            contact(response, out);
        }
    };

    static final OperationBinding DELETE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) {
            // 204 No Content: nothing to give back but the status and the id the route already has
            out.setBody(null);
        }
    };

    static final OperationBinding IMPORT = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate())
                    .multipart(Uploads.contactsFile(operation, configuration, in)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), ContactImportResult.class));
        }
    };

    static final OperationBinding BULK_DELETE = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            List<String> ids = ids(in.getBody());
            if (ids.isEmpty()) {
                throw new MifumoValidationException(operation.uriName(), List.of(
                        "no contact ids: the body must be a list or array of ids (or of Contacts), or a"
                                                                                  + " comma-separated String"));
            }
            Map<String, Object> body = Map.of("contact_ids", ids);
            return new PreparedCall(Inputs.request(operation, configuration, operation.pathTemplate()).body(body));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), BulkDeleteResult.class));
        }
    };

    static final OperationBinding OPT_IN = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null)));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), ContactOptResult.class));
        }
    };

    static final OperationBinding OPT_OUT = new OperationBinding() {
        @Override
        public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
            String reason = MessagingInputs.text(in, MifumoConstants.REASON, configuration.getReason());
            Map<String, Object> body = new LinkedHashMap<>();
            if (reason != null) {
                body.put("reason", reason);
            }
            return new PreparedCall(Inputs.request(operation, configuration, path(operation, configuration, in, null))
                    .body(body));
        }

        @Override
        public void complete(PreparedCall call, MifumoHttpResponse response, Message out) throws Exception {
            out.setBody(Inputs.object(response.getBody(), ContactOptResult.class));
        }
    };

    private ContactBindings() {
    }

    /** The contact's path: the id from the header, the option, or (for updates) the body's id. */
    private static String path(MifumoOperation operation, MifumoConfiguration configuration, Message in,
                               String bodyId) {
        String id = Inputs.firstNonEmpty(in.getHeader(MifumoConstants.CONTACT_ID, String.class),
                configuration.getContactId(), bodyId);
        if (id == null) {
            throw new MifumoValidationException(operation.uriName(), List.of(
                    "no contact id: set the header " + MifumoConstants.CONTACT_ID + " or the option contactId"));
        }
        return operation.expandPath(Map.of("contact_id", id));
    }

    private static void contact(MifumoHttpResponse response, Message out) throws Exception {
        Contact contact = Inputs.object(response.getBody(), Contact.class);
        out.setBody(contact);
        ListBinding.setOrRemove(out, MifumoConstants.CONTACT_ID, contact.getId());
    }

    /** Contact ids from a collection or array (of ids or Contacts) or a comma-separated String. */
    private static List<String> ids(Object body) {
        List<String> ids = new ArrayList<>();
        if (body instanceof Collection<?> items) {
            items.forEach(item -> addId(ids, item));
        } else if (body instanceof Object[] items) {
            for (Object item : items) {
                addId(ids, item);
            }
        } else if (body != null) {
            addId(ids, body);
        }
        return ids;
    }

    private static void addId(List<String> ids, Object item) {
        if (item instanceof Contact contact) {
            item = contact.getId();
        }
        if (item == null) {
            return;
        }
        for (String id : item.toString().split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
    }
}
