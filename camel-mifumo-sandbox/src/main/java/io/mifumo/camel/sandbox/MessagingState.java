package io.mifumo.camel.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the messaging and auth APIs remember: users and their tokens, and per account the contacts, templates,
 * campaigns and sender IDs. Every method must be called holding the {@link SandboxState}'s monitor, which also guards
 * the credits a campaign spends: one lock for everything, as the rest of the sandbox.
 */
final class MessagingState {

    /** The sender ID every account has, approved and default, as in the reference's examples. */
    static final String DEFAULT_SENDER = "MIFUMO";

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

    /** The states of a campaign, with their wire names. */
    enum CampaignStatus {
        DRAFT, SCHEDULED, RUNNING, PAUSED, COMPLETED, CANCELLED;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final SandboxState state;
    private final MessagingConfig config;
    private final SandboxTokens tokens = new SandboxTokens();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    /** Contacts by account and phone, so an import of many rows checks duplicates in constant time. */
    private final Map<String, Contact> contactsByPhone = new HashMap<>();
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final Map<String, SenderId> senderIds = new LinkedHashMap<>();

    MessagingState(SandboxState state, MessagingConfig config) {
        this.state = state;
        this.config = config;
        state.onReset(this::reset);
        reset();
    }

    MessagingConfig config() {
        return config;
    }

    SandboxState sandbox() {
        return state;
    }

    SandboxTokens tokens() {
        return tokens;
    }

    void reset() {
        synchronized (state) {
            tokens.reset();
            users.clear();
            contacts.clear();
            contactsByPhone.clear();
            templates.clear();
            campaigns.clear();
            senderIds.clear();
            long id = 1;
            for (MessagingConfig.User user : config.users()) {
                users.put(user.email().toLowerCase(Locale.ROOT), new User(id++, user.email(), user.password(),
                        user.apiKey(), state.now()));
            }
        }
    }

    // ---- users

    /** A web-application user. */
    static final class User {
        final long id;
        final String email;
        final String password;
        final String apiKey;
        final Instant createdAt;
        Instant lastLoginAt;

        private User(long id, String email, String password, String apiKey, Instant createdAt) {
            this.id = id;
            this.email = email;
            this.password = password;
            this.apiKey = apiKey;
            this.createdAt = createdAt;
        }
    }

    User user(String email) {
        return email == null ? null : users.get(email.strip().toLowerCase(Locale.ROOT));
    }

    /** Adds a user, or changes the password and account of an existing one. */
    void addUser(String email, String password, String apiKey) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a user needs an email and a password");
        }
        if (!state.hasAccount(apiKey)) {
            throw new IllegalArgumentException("No account for the given API key");
        }
        users.put(email.strip().toLowerCase(Locale.ROOT), new User(users.size() + 1L, email.strip(), password, apiKey,
                state.now()));
    }

    // ---- contacts

    /** A contact of an account. */
    static final class Contact {
        final String id = UUID.randomUUID().toString();
        final String apiKey;
        final Instant createdAt;
        String name;
        String phone;
        String email;
        ObjectNode attributes = Json.object();
        List<String> tags = new ArrayList<>();
        Instant optInAt;
        Instant optOutAt;
        String optOutReason;
        Instant updatedAt;

        private Contact(String apiKey, Instant now) {
            this.apiKey = apiKey;
            this.createdAt = now;
            this.updatedAt = now;
            this.optInAt = now;
        }

        ObjectNode toJson() {
            ObjectNode json = Json.object();
            json.put("id", id);
            json.put("name", name);
            json.put("phone_e164", phone);
            json.put("email", email);
            json.set("attributes", attributes.deepCopy());
            ArrayNode tagList = json.putArray("tags");
            tags.forEach(tagList::add);
            json.put("is_active", optOutAt == null);
            json.put("opt_in_at", Json.time(optInAt));
            json.put("opt_out_at", Json.time(optOutAt));
            json.put("opt_out_reason", optOutReason);
            json.put("created_at", Json.time(createdAt));
            json.put("updated_at", Json.time(updatedAt));
            return json;
        }

        SandboxContact snapshot() {
            Map<String, String> plain = new LinkedHashMap<>();
            attributes.fields().forEachRemaining(field -> plain.put(field.getKey(), field.getValue().asText()));
            return new SandboxContact(id, apiKey, name, phone, email, List.copyOf(tags), plain, optOutAt != null,
                    optOutReason);
        }
    }

    Contact newContact(String apiKey) {
        Contact contact = new Contact(apiKey, state.now());
        contacts.put(contact.id, contact);
        return contact;
    }

    Contact contact(String apiKey, String id) {
        Contact contact = contacts.get(id);
        return contact == null || !contact.apiKey.equals(apiKey) ? null : contact;
    }

    Contact contactByPhone(String apiKey, String phone) {
        return contactsByPhone.get(apiKey + " " + phone);
    }

    /** Gives a contact its (new) number; the caller has checked that no other contact of the account has it. */
    void setPhone(Contact contact, String phone) {
        if (contact.phone != null) {
            contactsByPhone.remove(contact.apiKey + " " + contact.phone);
        }
        contact.phone = phone;
        contactsByPhone.put(contact.apiKey + " " + phone, contact);
    }

    List<Contact> contacts(String apiKey) {
        return contacts.values().stream().filter(contact -> apiKey == null || contact.apiKey.equals(apiKey)).toList();
    }

    boolean deleteContact(String apiKey, String id) {
        Contact contact = contact(apiKey, id);
        if (contact == null) {
            return false;
        }
        contacts.remove(id);
        contactsByPhone.remove(apiKey + " " + contact.phone);
        return true;
    }

    boolean isOptedOut(String apiKey, String phone) {
        Contact contact = contactByPhone(apiKey, phone);
        return contact != null && contact.optOutAt != null;
    }

    // ---- templates

    /** A message template of an account. */
    static final class Template {
        final String id = UUID.randomUUID().toString();
        final String apiKey;
        final Instant createdAt;
        String name;
        String category = "TRANSACTIONAL";
        String language = "en";
        String message;
        List<String> variables = new ArrayList<>();
        boolean favorite;
        long usageCount;
        Instant updatedAt;

        private Template(String apiKey, Instant now) {
            this.apiKey = apiKey;
            this.createdAt = now;
            this.updatedAt = now;
        }

        ObjectNode toJson() {
            ObjectNode json = Json.object();
            json.put("id", id);
            json.put("name", name);
            json.put("category", category);
            json.put("language", language);
            json.put("message", message);
            ArrayNode names = json.putArray("variables");
            variables.forEach(names::add);
            json.put("is_active", true);
            json.put("is_favorite", favorite);
            json.put("usage_count", usageCount);
            json.put("created_at", Json.time(createdAt));
            json.put("updated_at", Json.time(updatedAt));
            return json;
        }
    }

    Template newTemplate(String apiKey) {
        Template template = new Template(apiKey, state.now());
        templates.put(template.id, template);
        return template;
    }

    Template template(String apiKey, String id) {
        Template template = templates.get(id);
        return template == null || !template.apiKey.equals(apiKey) ? null : template;
    }

    List<Template> templates(String apiKey) {
        return templates.values().stream().filter(template -> template.apiKey.equals(apiKey)).toList();
    }

    boolean deleteTemplate(String apiKey, String id) {
        if (template(apiKey, id) == null) {
            return false;
        }
        templates.remove(id);
        return true;
    }

    /** The {{variable}} names of a message, each once, in order of first use. */
    static List<String> variables(String message) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(message == null ? "" : message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return new ArrayList<>(names);
    }

    // ---- sender IDs

    /** A sender ID of an account and the state of its request. */
    static final class SenderId {
        final String id = UUID.randomUUID().toString();
        final String apiKey;
        final String senderId;
        final String reason;
        final Instant createdAt;
        String status;
        boolean isDefault;
        Instant approvedAt;

        private SenderId(String apiKey, String senderId, String reason, Instant createdAt) {
            this.apiKey = apiKey;
            this.senderId = senderId;
            this.reason = reason;
            this.createdAt = createdAt;
        }

        ObjectNode toJson() {
            ObjectNode json = Json.object();
            json.put("id", id);
            json.put("sender_id", senderId);
            json.put("status", status);
            json.put("is_default", isDefault);
            json.put("reason", reason);
            json.put("approved_at", Json.time(approvedAt));
            json.put("created_at", Json.time(createdAt));
            return json;
        }
    }

    /** The account's sender IDs, the default {@value #DEFAULT_SENDER} first (created on first use). */
    List<SenderId> senderIds(String apiKey) {
        boolean hasDefault = senderIds.values().stream()
                .anyMatch(sender -> sender.apiKey.equals(apiKey) && sender.senderId.equals(DEFAULT_SENDER));
        if (!hasDefault) {
            SenderId sender = new SenderId(apiKey, DEFAULT_SENDER, "Default sender", state.now());
            sender.status = "approved";
            sender.isDefault = true;
            sender.approvedAt = sender.createdAt;
            Map<String, SenderId> reordered = new LinkedHashMap<>();
            reordered.put(sender.id, sender);
            reordered.putAll(senderIds);
            senderIds.clear();
            senderIds.putAll(reordered);
        }
        return senderIds.values().stream().filter(sender -> sender.apiKey.equals(apiKey)).toList();
    }

    /** By id or by the sender name (ignoring case); {@code null} if the account has none such. */
    SenderId senderId(String apiKey, String idOrName) {
        for (SenderId sender : senderIds(apiKey)) {
            if (sender.id.equals(idOrName) || sender.senderId.equalsIgnoreCase(idOrName)) {
                return sender;
            }
        }
        return null;
    }

    SenderId requestSenderId(String apiKey, String senderId, String reason) {
        SenderId sender = new SenderId(apiKey, senderId, reason, state.now());
        sender.status = "pending";
        senderIds.put(sender.id, sender);
        return sender;
    }

    /** Moves a sender ID of any account to a status; returns how many matched. */
    int setSenderIdStatus(String senderId, String status) {
        String wanted = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (!Set.of("pending", "approved", "rejected").contains(wanted)) {
            throw new IllegalArgumentException("status must be pending, approved or rejected: " + status);
        }
        int matched = 0;
        for (SenderId sender : senderIds.values()) {
            if (sender.senderId.equalsIgnoreCase(senderId) || sender.id.equals(senderId)) {
                sender.status = wanted;
                sender.approvedAt = wanted.equals("approved") ? state.now() : null;
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException("No sender ID " + senderId);
        }
        return matched;
    }

    // ---- campaigns

    /** What happened to one recipient of a campaign. */
    private enum Outcome { SENT, SKIPPED }

    /** A campaign: recipients are sent one after the other at the configured rate while it runs. */
    final class Campaign {
        final String id = UUID.randomUUID().toString();
        final String apiKey;
        final Instant createdAt;
        final String name;
        final String message;
        final String senderId;
        final List<String> recipients;
        final int segments;
        CampaignStatus status;
        Instant scheduledAt;
        Instant startedAt;
        Instant completedAt;
        Instant updatedAt;
        String pauseReason;
        final List<Outcome> outcomes = new ArrayList<>();
        final List<Instant> sentAt = new ArrayList<>();
        long creditsUsed;
        /** Running time before the current stretch, and when the current stretch began (null unless running). */
        long runMillis;
        Instant resumedAt;

        private Campaign(String apiKey, String name, String message, String senderId, List<String> recipients,
                         Instant now) {
            this.apiKey = apiKey;
            this.name = name;
            this.message = message;
            this.senderId = senderId;
            this.recipients = List.copyOf(recipients);
            this.segments = SmsEncoding.of(message).segments();
            this.createdAt = now;
            this.updatedAt = now;
        }

        /** Applies what became due: a scheduled start, recipients sent while running, completion. */
        void settle(Instant now) {
            if (status == CampaignStatus.SCHEDULED && scheduledAt != null && !now.isBefore(scheduledAt)) {
                run(scheduledAt);
            }
            if (status != CampaignStatus.RUNNING) {
                return;
            }
            long running = runMillis + Duration.between(resumedAt, now).toMillis();
            int due = (int) Math.min(recipients.size(), running * config.campaignRate() / 1000);
            while (outcomes.size() < due && status == CampaignStatus.RUNNING) {
                int index = outcomes.size();
                long offset = (index + 1L) * 1000 / config.campaignRate();
                Instant at = resumedAt.plusMillis(offset - runMillis);
                String phone = recipients.get(index);
                if (isOptedOut(apiKey, phone)) {
                    outcomes.add(Outcome.SKIPPED);
                    sentAt.add(null);
                } else if (state.balance(apiKey) < segments) {
                    stop(at, CampaignStatus.PAUSED);
                    pauseReason = "insufficient_credits";
                    break;
                } else {
                    state.setBalance(apiKey, state.balance(apiKey) - segments);
                    creditsUsed += segments;
                    outcomes.add(Outcome.SENT);
                    sentAt.add(at);
                }
                updatedAt = at;
            }
            if (status == CampaignStatus.RUNNING && outcomes.size() == recipients.size()) {
                Instant last = recipients.isEmpty() ? resumedAt
                        : resumedAt.plusMillis(recipients.size() * 1000L / config.campaignRate() - runMillis);
                stop(last, CampaignStatus.COMPLETED);
                completedAt = last;
            }
        }

        void run(Instant at) {
            status = CampaignStatus.RUNNING;
            pauseReason = null;
            startedAt = startedAt == null ? at : startedAt;
            resumedAt = at;
            updatedAt = at;
        }

        void stop(Instant at, CampaignStatus next) {
            if (resumedAt != null) {
                runMillis += Duration.between(resumedAt, at).toMillis();
                resumedAt = null;
            }
            status = next;
            updatedAt = at;
        }

        int sent() {
            return (int) outcomes.stream().filter(outcome -> outcome == Outcome.SENT).count();
        }

        int skipped() {
            return (int) outcomes.stream().filter(outcome -> outcome == Outcome.SKIPPED).count();
        }

        /** Sent recipients whose delivery delay has passed, by final status: [delivered, failed]. */
        int[] finals(Instant now) {
            int delivered = 0;
            int failed = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) != Outcome.SENT
                        || now.isBefore(sentAt.get(i).plus(state.config().deliveryDelay()))) {
                    continue;
                }
                if (state.config().failingRecipients().contains(recipients.get(i))) {
                    failed++;
                } else {
                    delivered++;
                }
            }
            return new int[] { delivered, failed };
        }

        SandboxCampaign snapshot(Instant now) {
            settle(now);
            int[] finals = finals(now);
            return new SandboxCampaign(id, apiKey, name, message, senderId, status.wireName(), recipients, sent(),
                    finals[0], finals[1], skipped(), creditsUsed);
        }
    }

    Campaign newCampaign(String apiKey, String name, String message, String senderId, List<String> recipients) {
        Campaign campaign = new Campaign(apiKey, name, message, senderId, recipients, state.now());
        campaigns.put(campaign.id, campaign);
        return campaign;
    }

    /** The campaign, settled up to now, if it belongs to the account ({@code null} = any). */
    Campaign campaign(String apiKey, String id) {
        Campaign campaign = campaigns.get(id);
        if (campaign == null || apiKey != null && !campaign.apiKey.equals(apiKey)) {
            return null;
        }
        campaign.settle(state.now());
        return campaign;
    }

    List<Campaign> campaigns(String apiKey) {
        Instant now = state.now();
        List<Campaign> list = new ArrayList<>();
        for (Campaign campaign : campaigns.values()) {
            if (apiKey == null || campaign.apiKey.equals(apiKey)) {
                campaign.settle(now);
                list.add(campaign);
            }
        }
        return list;
    }
}
