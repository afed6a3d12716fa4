package io.mifumo.camel.component.binding;

import io.mifumo.camel.component.service.MifumoHttpResponse;

/**
 * What one request of a split call came to: its 2xx answer, or its failure.
 */
public record ChunkOutcome(PreparedCall call, MifumoHttpResponse response, Throwable failure) {
}
