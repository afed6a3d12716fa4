package io.mifumo.camel.component.binding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoResponseException;
import io.mifumo.camel.component.exception.MifumoTransportException;
import io.mifumo.camel.component.service.ApiCaller;
import io.mifumo.camel.component.service.MifumoHttpRequest;
import io.mifumo.camel.component.service.MifumoHttpResponse;
import io.mifumo.camel.component.service.ResponseBodies;

/**
 * Every item of an offset-paged list, one page in memory at a time: the next page is fetched only when the iteration
 * reaches it, synchronously on the iterating thread (a route thread, never the HTTP client's I/O threads).
 * <p>
 * The lists are newest first, so an item added while the iteration runs shifts the later pages by one and the first
 * item of the next page repeats the last of the page before; such a repeat is skipped. An item removed meanwhile can
 * be missed, as with any offset paging.
 */
final class PageIterator<T> implements Iterator<T> {

    private final ApiCaller client;
    private final IntFunction<MifumoHttpRequest> pageRequest;
    private final Class<T> itemType;
    private final Function<T, Object> identity;
    private final int limit;
    private final long waitMillis;
    private final Deque<T> buffer = new ArrayDeque<>();
    private Set<Object> previousPage = Set.of();
    private int nextOffset;
    private boolean more;

    /**
     * @param pageRequest the request for the page at an offset
     * @param first       the page already read at {@code offset}
     * @param identity    what makes two items the same (for example the transaction id); null values never match
     * @param waitMillis  the longest wait for one page before the iteration fails
     */
    PageIterator(ApiCaller client, IntFunction<MifumoHttpRequest> pageRequest, Class<T> itemType,
                 Function<T, Object> identity, ResponseBodies.Page<T> first, int offset, int limit, long waitMillis) {
        this.client = client;
        this.pageRequest = pageRequest;
        this.itemType = itemType;
        this.identity = identity;
        this.limit = limit;
        this.waitMillis = waitMillis;
        this.nextOffset = offset;
        accept(first);
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && more) {
            accept(fetch(nextOffset));
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items");
        }
        return buffer.removeFirst();
    }

    private void accept(ResponseBodies.Page<T> page) {
        Set<Object> ids = new HashSet<>();
        for (T item : page.items()) {
            Object id = identity.apply(item);
            if (id != null) {
                ids.add(id);
            }
            if (id == null || !previousPage.contains(id)) {
                buffer.addLast(item);
            }
        }
        previousPage = ids;
        nextOffset += page.items().size();
        more = !page.items().isEmpty()
               && (page.hasNext() != null ? page.hasNext() : page.items().size() >= limit);
    }

    private ResponseBodies.Page<T> fetch(int offset) {
        MifumoHttpRequest request = pageRequest.apply(offset);
        MifumoHttpResponse response;
        try {
            response = client.call(request).get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MifumoException failure) {
                throw failure;
            }
            throw new MifumoTransportException("Mifumo API " + request.describe() + " failed: " + e.getCause(), false,
                    e.getCause());
        } catch (TimeoutException e) {
            throw new MifumoTransportException("Mifumo API " + request.describe() + " gave no answer within "
                                               + waitMillis + " ms", false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MifumoTransportException("Interrupted while reading " + request.describe(), false, e);
        }
        try {
            return ResponseBodies.readPage(Inputs.MAPPER, response.getBody(), itemType);
        } catch (IllegalArgumentException e) {
            throw new MifumoResponseException("Mifumo API " + request.describe() + " answered HTTP "
                                              + response.getStatusCode() + " with a body of an unexpected shape: "
                                              + e.getMessage(),
                    new MifumoError(response.getStatusCode(), null, e.getMessage(), Map.of()), false, e);
        }
    }
}
