package io.mifumo.camel.component.service;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.exception.MifumoException;

/**
 * The items of every page of a list, read one page at a time: the next page is requested only when the items before
 * it are used up, so any number of items passes through with one page in memory. Pages are requested by number on
 * the configured base URL; the {@code next} link of an answer only says whether there is one (following it could send
 * the token to another host).
 * <p>
 * {@link #hasNext()} blocks the calling thread while a page is read; a failed read throws the
 * {@link MifumoException} of that request, so a splitter over this iterator fails its exchange.
 */
public final class PageIterator<T> implements Iterator<T> {

    private final ObjectMapper mapper;
    private final Class<T> itemType;
    private final IntFunction<MifumoHttpRequest> pageRequest;
    private final ApiCaller caller;
    private final int pageSize;
    private Iterator<T> current;
    private int nextPage;
    private int pagesRead = 1;

    /**
     * @param firstPage   the items of the page already read
     * @param firstNumber its page number
     * @param hasMore     whether the answer said there is a next page (null when it did not say: then a full page
     *                    means there may be one)
     * @param pageRequest the request for a page number
     */
    public PageIterator(ObjectMapper mapper, Class<T> itemType, List<T> firstPage, int firstNumber, Boolean hasMore,
                        int pageSize, IntFunction<MifumoHttpRequest> pageRequest, ApiCaller caller) {
        this.mapper = mapper;
        this.itemType = itemType;
        this.pageRequest = pageRequest;
        this.caller = caller;
        this.pageSize = pageSize;
        this.current = firstPage.iterator();
        this.nextPage = more(hasMore, firstPage.size()) ? firstNumber + 1 : -1;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && nextPage > 0) {
            read(nextPage);
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items");
        }
        return current.next();
    }

    /** How many pages were requested so far, the first included. */
    public int getPagesRead() {
        return pagesRead;
    }

    private void read(int page) {
        MifumoHttpResponse response;
        try {
            response = caller.call(pageRequest.apply(page)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MifumoException("Interrupted while reading page " + page, false, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new MifumoException("Reading page " + page + " failed: " + cause, false, cause);
        }
        ResponseBodies.Page<T> items = ResponseBodies.readPage(mapper, response.getBody(), itemType);
        pagesRead++;
        current = items.items().iterator();
        nextPage = more(items.hasNext(), items.items().size()) ? page + 1 : -1;
    }

    private boolean more(Boolean hasMore, int size) {
        return hasMore != null ? hasMore : size >= pageSize && size > 0;
    }
}
