package io.mifumo.camel.sandbox;

import java.util.List;

/**
 * A snapshot of a campaign of the messaging API, with its progress as of the moment it was taken.
 *
 * @param id          the campaign id
 * @param apiKey      the account it belongs to
 * @param name        its name
 * @param message     its text
 * @param sender      its sender ID
 * @param status      draft, scheduled, running, paused, completed or cancelled
 * @param recipients  its recipients in E.164, in sending order
 * @param sent        recipients messaged so far
 * @param delivered   messaged recipients now delivered
 * @param failed      messaged recipients now failed
 * @param skipped     recipients not messaged because they opted out
 * @param creditsUsed credits charged so far
 */
public record SandboxCampaign(String id, String apiKey, String name, String message, String sender, String status,
        List<String> recipients, int sent, int delivered, int failed, int skipped, long creditsUsed) {
}
