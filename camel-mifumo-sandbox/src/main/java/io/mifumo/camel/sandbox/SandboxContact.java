package io.mifumo.camel.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of a contact of the messaging API.
 *
 * @param id           the contact id
 * @param apiKey       the account it belongs to
 * @param name         its name, may be null
 * @param phone        its number in E.164
 * @param email        its email, may be null
 * @param tags         its tags
 * @param attributes   its attributes, values as text
 * @param optedOut     whether it opted out (sends skip it)
 * @param optOutReason the reason given when it opted out
 */
public record SandboxContact(String id, String apiKey, String name, String phone, String email, List<String> tags,
        Map<String, String> attributes, boolean optedOut, String optOutReason) {
}
