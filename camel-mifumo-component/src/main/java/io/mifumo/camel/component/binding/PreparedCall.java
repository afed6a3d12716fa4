package io.mifumo.camel.component.binding;

import io.mifumo.camel.component.service.MifumoHttpRequest;

/**
 * A request ready to go, with what the answer mapping needs to remember from the preparation.
 */
public record PreparedCall(MifumoHttpRequest request, Object context) {

    public PreparedCall(MifumoHttpRequest request) {
        this(request, null);
    }
}
