package io.mifumo.camel.component.service;

import java.util.concurrent.CompletableFuture;

/**
 * Sends a request with the credentials it needs (the API key, or the JWT of the component's login) and completes with
 * the 2xx answer or a {@link io.mifumo.camel.component.exception.MifumoException}. Bindings use it for the further
 * requests of an operation, such as the next pages of a list.
 */
@FunctionalInterface
public interface ApiCaller {

    CompletableFuture<MifumoHttpResponse> call(MifumoHttpRequest request);
}
