package io.mifumo.camel.component.binding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.ApiCaller;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.PageIterator;
import io.mifumo.camel.component.service.ResponseBodies;
import org.apache.camel.Message;

/**
 * A list operation of the messaging API: {@code page} and {@code page_size} plus its filters; the answer is the page's
 * items (or, with allPages, an Iterator over every page) with {@code count}, {@code next} and {@code previous} as
 * headers.
 */
final class ListBinding<T> implements OperationBinding {

    /** The reference's Pagination section: page_size defaults to 20, at most 100. */
    static final int MAX_PAGE_SIZE = ResponseBodies.Page.MAX_PAGE_SIZE;

    private final Class<T> itemType;
    private final BiFunction<MifumoConfiguration, Message, Map<String, String>> filters;

    ListBinding(Class<T> itemType, BiFunction<MifumoConfiguration, Message, Map<String, String>> filters) {
        this.itemType = itemType;
        this.filters = filters;
    }

    /** What the answer mapping and the further pages need. */
    private record Context(MifumoOperation operation, MifumoConfiguration configuration, int page, int pageSize,
            Map<String, String> filters) {

        MifumoHttpRequest request(int number) {
            MifumoHttpRequest request = Inputs.request(operation, configuration, operation.pathTemplate())
                    .query("page", number).query("page_size", pageSize);
            filters.forEach(request::query);
            return request;
        }
    }

    @Override
    public PreparedCall prepare(MifumoOperation operation, MifumoConfiguration configuration, Message in) {
        int[] paging = MessagingInputs.paging(operation, configuration, in);
        Map<String, String> query = new LinkedHashMap<>();
        filters.apply(configuration, in).forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.put(name, value.strip());
            }
        });
        Context context = new Context(operation, configuration, paging[0], paging[1], query);
        return new PreparedCall(context.request(paging[0]), context);
    }

    @Override
    public void complete(PreparedCall call, MifumoHttpResponse response, Message out) {
        complete(call, response, out, null);
    }

    @Override
    public void complete(PreparedCall call, MifumoHttpResponse response, Message out, ApiCaller caller) {
        Context context = (Context) call.context();
        ResponseBodies.Page<T> page = ResponseBodies.readPage(Inputs.MAPPER, response.getBody(), itemType);
        JsonNode root = response.getBody();
        JsonNode container = root != null && root.isObject() && !root.has("results") && root.path("data").isObject()
                ? root.get("data") : root;
        setOrRemove(out, MifumoConstants.TOTAL_COUNT, page.count());
        setOrRemove(out, MifumoConstants.NEXT, link(container, "next"));
        setOrRemove(out, MifumoConstants.PREVIOUS, link(container, "previous"));
        boolean more = page.mayHaveMore(context.pageSize());
        setOrRemove(out, MifumoConstants.NEXT_PAGE, more ? context.page() + 1 : null);

        if (context.configuration().isAllPages() && caller != null) {
            out.setBody(new PageIterator<>(Inputs.MAPPER, itemType, page.items(), context.page(), page.hasNext(),
                    context.pageSize(), context::request, caller));
        } else {
            out.setBody(page.items());
        }
    }

    private static String link(JsonNode container, String field) {
        JsonNode value = container == null || !container.isObject() ? null : container.get(field);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    static void setOrRemove(Message out, String header, Object value) {
        if (value == null) {
            out.removeHeader(header);
        } else {
            out.setHeader(header, value);
        }
    }
}
