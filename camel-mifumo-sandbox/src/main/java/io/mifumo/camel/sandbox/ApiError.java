package io.mifumo.camel.sandbox;

/** Ends the handling of a request early with a ready answer (validation, not found, no credits, ...). */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    ApiError(Reply reply) {
        // no stack trace: this is control flow for an expected answer, not a failure of the sandbox
        super("HTTP " + reply.status(), null, false, false);
        this.reply = reply;
    }

    Reply reply() {
        return reply;
    }
}
