package io.mifumo.camel.component;

import java.util.Collection;

/**
 * The message ids whose status the sms/status consumer polls. sms/send adds the ids it sends when trackStatus is on;
 * the consumer removes an id once its final status was processed.
 */
public interface MessageTracker {

    void track(String messageId);

    void untrack(String messageId);

    /** A snapshot of the tracked ids. */
    Collection<String> trackedIds();
}
