package io.mifumo.camel.component;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message tracker held in memory: tracked ids are lost when the JVM stops. Plug in one backed by a database when
 * that matters, or rely on the sms/delivery-reports consumer, which needs no tracking.
 */
public class InMemoryMessageTracker implements MessageTracker {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Override
    public void track(String messageId) {
        if (messageId != null && !messageId.isBlank()) {
            ids.add(messageId.strip());
        }
    }

    @Override
    public void untrack(String messageId) {
        ids.remove(messageId);
    }

    @Override
    public Collection<String> trackedIds() {
        return List.copyOf(ids);
    }

    @Override
    public String toString() {
        return "InMemoryMessageTracker[" + ids.size() + " ids]";
    }
}
