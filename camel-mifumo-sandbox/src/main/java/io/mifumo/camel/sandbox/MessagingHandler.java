package io.mifumo.camel.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The web application's APIs: {@code /api/auth/} (login, token refresh, logout) and {@code /api/messaging/}
 * (contacts with bulk import, templates, campaigns, sender IDs, quick SMS). Messaging calls need a JWT access token
 * from the login; an API key is not accepted there.
 */
final class MessagingHandler {

    static final String AUTH_ROOT = "/api/auth/";
    static final String MESSAGING_ROOT = "/api/messaging/";

    /** Page size default and maximum of the list endpoints, from the reference's Pagination section. */
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;

    private static final Pattern ALPHA_SENDER = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");
    private static final Pattern NUMERIC_SENDER = Pattern.compile("[0-9]{1,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SandboxState state;
    private final MessagingState messaging;

    MessagingHandler(MessagingState messaging) {
        this.state = messaging.sandbox();
        this.messaging = messaging;
    }

    /** The endpoints, the methods each allows, and whether it needs an access token. */
    enum Kind {
        LOGIN(false, "POST"),
        REFRESH(false, "POST"),
        LOGOUT(true, "POST"),
        CONTACTS(true, "GET", "POST"),
        CONTACT(true, "GET", "PUT", "PATCH", "DELETE"),
        CONTACT_IMPORT(true, "POST"),
        CONTACT_BULK_DELETE(true, "POST"),
        CONTACT_OPT_IN(true, "POST"),
        CONTACT_OPT_OUT(true, "POST"),
        TEMPLATES(true, "GET", "POST"),
        TEMPLATE(true, "GET", "PUT", "PATCH", "DELETE"),
        TEMPLATE_FAVORITE(true, "POST"),
        TEMPLATE_VARIABLES(true, "GET"),
        CAMPAIGNS(true, "GET", "POST"),
        CAMPAIGN(true, "GET"),
        CAMPAIGN_START(true, "POST"),
        CAMPAIGN_PAUSE(true, "POST"),
        CAMPAIGN_CANCEL(true, "POST"),
        CAMPAIGN_ANALYTICS(true, "GET"),
        CAMPAIGN_DUPLICATE(true, "POST"),
        SENDER_IDS(true, "GET"),
        SENDER_ID_REQUEST(true, "POST"),
        SENDER_ID_STATUS(true, "GET"),
        SMS_QUICK(true, "POST"),
        SMS_STATS(true, "GET"),
        SMS_VALIDATE_PHONE(true, "POST");

        private final boolean authenticated;
        private final Set<String> methods;

        Kind(boolean authenticated, String... methods) {
            this.authenticated = authenticated;
            this.methods = Set.of(methods);
        }
    }

    /** A resolved path: the endpoint and the id in it, if any. */
    record Match(Kind kind, String id) {
    }

    /** Whether the path belongs to this handler's API families. */
    static boolean handles(String path) {
        return path.startsWith(AUTH_ROOT) || path.startsWith(MESSAGING_ROOT);
    }

    /** Whether the path is the bulk import, whose upload may be larger than a JSON body. */
    static boolean isUpload(String path) {
        Match match = match(path);
        return match != null && match.kind() == Kind.CONTACT_IMPORT;
    }

    static Match match(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.startsWith(AUTH_ROOT)) {
            return switch (trimmed.substring(AUTH_ROOT.length())) {
                case "login" -> new Match(Kind.LOGIN, null);
                case "token/refresh" -> new Match(Kind.REFRESH, null);
                case "logout" -> new Match(Kind.LOGOUT, null);
                default -> null;
            };
        }
        if (!trimmed.startsWith(MESSAGING_ROOT)) {
            return null;
        }
        String[] parts = trimmed.substring(MESSAGING_ROOT.length()).split("/");
        if (Arrays.stream(parts).anyMatch(String::isEmpty)) {
            return null;
        }
        String family = parts[0];
        String second = parts.length > 1 ? parts[1] : null;
        String third = parts.length > 2 ? parts[2] : null;
        if (parts.length > 3) {
            return null;
        }
        switch (family) {
            case "contacts":
                if (second == null) {
                    return new Match(Kind.CONTACTS, null);
                }
                if (third == null) {
                    return switch (second) {
                        case "bulk-import" -> new Match(Kind.CONTACT_IMPORT, null);
                        case "bulk-delete" -> new Match(Kind.CONTACT_BULK_DELETE, null);
                        default -> new Match(Kind.CONTACT, second);
                    };
                }
                return switch (third) {
                    case "opt-in" -> new Match(Kind.CONTACT_OPT_IN, second);
                    case "opt-out" -> new Match(Kind.CONTACT_OPT_OUT, second);
                    default -> null;
                };
            case "templates":
                if (second == null) {
                    return new Match(Kind.TEMPLATES, null);
                }
                if (third == null) {
                    return new Match(Kind.TEMPLATE, second);
                }
                return switch (third) {
                    case "toggle-favorite" -> new Match(Kind.TEMPLATE_FAVORITE, second);
                    case "variables" -> new Match(Kind.TEMPLATE_VARIABLES, second);
                    default -> null;
                };
            case "campaigns":
                if (second == null) {
                    return new Match(Kind.CAMPAIGNS, null);
                }
                if (third == null) {
                    return new Match(Kind.CAMPAIGN, second);
                }
                return switch (third) {
                    case "start" -> new Match(Kind.CAMPAIGN_START, second);
                    case "pause" -> new Match(Kind.CAMPAIGN_PAUSE, second);
                    case "cancel" -> new Match(Kind.CAMPAIGN_CANCEL, second);
                    case "analytics" -> new Match(Kind.CAMPAIGN_ANALYTICS, second);
                    case "duplicate" -> new Match(Kind.CAMPAIGN_DUPLICATE, second);
                    default -> null;
                };
            case "sender-ids":
                if (second == null) {
                    return new Match(Kind.SENDER_IDS, null);
                }
                if (third == null) {
                    return second.equals("request") ? new Match(Kind.SENDER_ID_REQUEST, null) : null;
                }
                return third.equals("status") ? new Match(Kind.SENDER_ID_STATUS, second) : null;
            case "sms":
                if (second == null || third != null) {
                    return null;
                }
                return switch (second) {
                    case "quick" -> new Match(Kind.SMS_QUICK, null);
                    case "stats" -> new Match(Kind.SMS_STATS, null);
                    case "validate-phone" -> new Match(Kind.SMS_VALIDATE_PHONE, null);
                    default -> null;
                };
            default:
                return null;
        }
    }

    Reply handle(ApiRequest request, String host) {
        Match match = match(request.path());
        if (match == null) {
            return Reply.json(404, Json.notFound());
        }
        synchronized (state) {
            if (!match.kind().authenticated) {
                if (!match.kind().methods.contains(request.method())) {
                    return methodNotAllowed(request, match.kind());
                }
                try {
                    return match.kind() == Kind.LOGIN ? login(request) : refresh(request);
                } catch (ApiError e) {
                    return e.reply();
                }
            }

            String token = bearer(request);
            if (token == null) {
                return Reply.json(401, Json.detail("Authentication credentials were not provided."))
                        .header("WWW-Authenticate", "Bearer realm=\"api\"");
            }
            SandboxTokens.Issued access = messaging.tokens().verify(token, "access", state.now());
            MessagingState.User user = access == null ? null : messaging.user(access.email);
            if (user == null) {
                return Reply.json(401, tokenNotValid("AccessToken", "access"))
                        .header("WWW-Authenticate", "Bearer realm=\"api\"");
            }

            SandboxState.RateDecision rate = state.consume("user:" + user.email);
            Reply reply;
            if (!rate.allowed()) {
                reply = Reply.json(429, Json.detail("Request was throttled. Expected available in "
                        + rate.retryAfterSeconds() + " seconds."))
                        .header("Retry-After", Long.toString(rate.retryAfterSeconds()));
            } else if (!match.kind().methods.contains(request.method())) {
                reply = methodNotAllowed(request, match.kind());
            } else {
                try {
                    reply = dispatch(match, request, host, user, access);
                } catch (ApiError e) {
                    reply = e.reply();
                }
            }
            long resetEpoch = rate.windowEnd().getEpochSecond() + (rate.windowEnd().getNano() > 0 ? 1 : 0);
            return reply.header("X-RateLimit-Limit", Integer.toString(rate.limit()))
                    .header("X-RateLimit-Remaining", Integer.toString(rate.remaining()))
                    .header("X-RateLimit-Reset", Long.toString(resetEpoch));
        }
    }

    private Reply dispatch(Match match, ApiRequest request, String host, MessagingState.User user,
                           SandboxTokens.Issued access) {
        String key = user.apiKey;
        String method = request.method();
        return switch (match.kind()) {
            case LOGOUT -> logout(access);
            case CONTACTS -> method.equals("GET") ? listContacts(request, host, key) : createContact(request, key);
            case CONTACT -> contact(request, key, match.id());
            case CONTACT_IMPORT -> importContacts(request, key);
            case CONTACT_BULK_DELETE -> bulkDelete(request, key);
            case CONTACT_OPT_IN -> optIn(key, match.id());
            case CONTACT_OPT_OUT -> optOut(request, key, match.id());
            case TEMPLATES -> method.equals("GET") ? listTemplates(request, host, key) : createTemplate(request, key);
            case TEMPLATE -> template(request, key, match.id());
            case TEMPLATE_FAVORITE -> toggleFavorite(key, match.id());
            case TEMPLATE_VARIABLES -> templateVariables(key, match.id());
            case CAMPAIGNS -> method.equals("GET") ? listCampaigns(request, host, key) : createCampaign(request, key);
            case CAMPAIGN -> Reply.json(200, campaignJson(campaignOr404(key, match.id())));
            case CAMPAIGN_START, CAMPAIGN_PAUSE, CAMPAIGN_CANCEL -> moveCampaign(match.kind(), key, match.id());
            case CAMPAIGN_ANALYTICS -> analytics(key, match.id());
            case CAMPAIGN_DUPLICATE -> duplicate(key, match.id());
            case SENDER_IDS -> page(request, host, messaging.senderIds(key), MessagingState.SenderId::toJson);
            case SENDER_ID_REQUEST -> requestSenderId(request, key);
            case SENDER_ID_STATUS -> senderIdStatus(key, match.id());
            case SMS_QUICK -> quickSend(request, key);
            case SMS_STATS -> stats(key);
            case SMS_VALIDATE_PHONE -> validatePhone(request);
            case LOGIN, REFRESH -> throw new IllegalStateException("not an authenticated endpoint");
        };
    }

    // ---- auth

    private Reply login(ApiRequest request) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String email = ApiHandler.text(body, "email", errors);
        String password = ApiHandler.text(body, "password", errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        MessagingState.User user = messaging.user(email);
        if (user == null || !user.password.equals(password)) {
            return Reply.json(400, Json.fieldErrors(Map.of("non_field_errors", List.of("Invalid credentials."))));
        }
        Instant now = state.now();
        user.lastLoginAt = now;
        String session = messaging.tokens().newSession();
        ObjectNode answer = Json.object();
        answer.put("message", "Login successful");
        answer.set("user", userJson(user));
        ObjectNode tokens = answer.putObject("tokens");
        tokens.put("refresh", messaging.tokens().issue("refresh", user.email, user.id, session, now,
                messaging.config().refreshTokenLifetime()));
        tokens.put("access", messaging.tokens().issue("access", user.email, user.id, session, now,
                messaging.config().accessTokenLifetime()));
        return Reply.json(200, answer);
    }

    private Reply refresh(ApiRequest request) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String refresh = ApiHandler.text(body, "refresh", errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        Instant now = state.now();
        SandboxTokens.Issued token = messaging.tokens().verify(refresh, "refresh", now);
        MessagingState.User user = token == null ? null : messaging.user(token.email);
        if (user == null) {
            ObjectNode error = Json.detail("Token is invalid or expired");
            error.put("code", "token_not_valid");
            return Reply.json(401, error);
        }
        ObjectNode answer = Json.object();
        answer.put("access", messaging.tokens().issue("access", user.email, user.id, token.session, now,
                messaging.config().accessTokenLifetime()));
        return Reply.json(200, answer);
    }

    private Reply logout(SandboxTokens.Issued access) {
        messaging.tokens().revokeSession(access.session);
        ObjectNode answer = Json.object();
        answer.put("message", "Logout successful");
        return Reply.json(200, answer);
    }

    private ObjectNode userJson(MessagingState.User user) {
        ObjectNode json = Json.object();
        json.put("id", user.id);
        json.put("email", user.email);
        json.put("first_name", "Sandbox");
        json.put("last_name", "User");
        json.put("full_name", "Sandbox User");
        json.put("short_name", "Sandbox");
        json.putNull("phone_number");
        json.put("timezone", "Africa/Dar_es_Salaam");
        json.put("is_verified", true);
        json.put("is_active", true);
        json.put("phone_verified", true);
        json.put("email_notifications", true);
        json.put("sms_notifications", false);
        json.put("created_at", Json.time(user.createdAt));
        json.put("updated_at", Json.time(user.createdAt));
        json.put("last_login_at", Json.time(user.lastLoginAt));
        return json;
    }

    private static ObjectNode tokenNotValid(String tokenClass, String tokenType) {
        ObjectNode error = Json.detail("Given token not valid for any token type");
        error.put("code", "token_not_valid");
        ObjectNode message = error.putArray("messages").addObject();
        message.put("token_class", tokenClass);
        message.put("token_type", tokenType);
        message.put("message", "Token is invalid or expired");
        return error;
    }

    private static String bearer(ApiRequest request) {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    // ---- contacts

    private Reply listContacts(ApiRequest request, String host, String key) {
        String search = lower(request.query().get("search"));
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : request.query().getOrDefault("tags", "").split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip().toLowerCase(Locale.ROOT));
            }
        }
        List<MessagingState.Contact> matching = messaging.contacts(key).stream()
                .filter(contact -> search == null || contains(contact.name, search) || contains(contact.phone, search)
                        || contains(contact.email, search))
                .filter(contact -> tags.isEmpty() || contact.tags.stream()
                        .anyMatch(tag -> tags.contains(tag.toLowerCase(Locale.ROOT))))
                .toList();
        return page(request, host, matching, MessagingState.Contact::toJson);
    }

    private Reply createContact(ApiRequest request, String key) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (!body.hasNonNull("phone_e164")) {
            errors.put("phone_e164", List.of("This field is required."));
        }
        ContactDraft draft = new ContactDraft(body, errors).validate(key, null);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        MessagingState.Contact contact = messaging.newContact(key);
        draft.applyTo(contact);
        return Reply.json(201, contact.toJson());
    }

    private Reply contact(ApiRequest request, String key, String id) {
        MessagingState.Contact contact = messaging.contact(key, id);
        if (contact == null) {
            return Reply.json(404, Json.notFound());
        }
        switch (request.method()) {
            case "DELETE":
                messaging.deleteContact(key, id);
                return Reply.raw(204, null, "");
            case "PUT":
            case "PATCH":
                JsonNode body = ApiHandler.objectBody(request);
                Map<String, List<String>> errors = new LinkedHashMap<>();
                ContactDraft draft = new ContactDraft(body, errors).validate(key, contact);
                if (!errors.isEmpty()) {
                    return Reply.json(400, Json.fieldErrors(errors));
                }
                draft.applyTo(contact);
                contact.updatedAt = state.now();
                return Reply.json(200, contact.toJson());
            default:
                return Reply.json(200, contact.toJson());
        }
    }

    /** The writable contact fields of a body; fields absent from the body stay null and leave a contact alone. */
    private final class ContactDraft {
        private final JsonNode body;
        private final Map<String, List<String>> errors;
        private String name;
        private String phone;
        private String email;
        private ObjectNode attributes;
        private List<String> tags;

        ContactDraft(JsonNode body, Map<String, List<String>> errors) {
            this.body = body;
            this.errors = errors;
        }

        /** Reads and checks the fields; {@code existing} is the contact being updated, if any. */
        ContactDraft validate(String key, MessagingState.Contact existing) {
            if (body.hasNonNull("name")) {
                name = body.get("name").asText().strip();
            }
            if (body.hasNonNull("phone_e164")) {
                try {
                    phone = SandboxPhones.normalise(body.get("phone_e164").asText());
                    MessagingState.Contact other = messaging.contactByPhone(key, phone);
                    if (other != null && other != existing) {
                        errors.put("phone_e164", List.of("Contact with this phone number already exists."));
                    }
                } catch (IllegalArgumentException e) {
                    errors.put("phone_e164", List.of(e.getMessage()));
                }
            }
            if (body.hasNonNull("email")) {
                String value = body.get("email").asText().strip();
                if (!value.isEmpty() && !EMAIL.matcher(value).matches()) {
                    errors.put("email", List.of("Enter a valid email address."));
                }
                email = value.isEmpty() ? null : value;
            }
            if (body.has("attributes")) {
                if (!body.get("attributes").isObject()) {
                    errors.put("attributes", List.of("Expected a dictionary of items."));
                } else {
                    attributes = body.get("attributes").deepCopy();
                }
            }
            if (body.has("tags")) {
                tags = stringList(body.get("tags"), "tags", errors);
            }
            return this;
        }

        void applyTo(MessagingState.Contact contact) {
            if (name != null) {
                contact.name = name;
            }
            if (phone != null) {
                messaging.setPhone(contact, phone);
            }
            if (email != null) {
                contact.email = email;
            }
            if (attributes != null) {
                contact.attributes = attributes;
            }
            if (tags != null) {
                contact.tags = new ArrayList<>(tags);
            }
        }
    }

    private Reply optIn(String key, String id) {
        MessagingState.Contact contact = messaging.contact(key, id);
        if (contact == null) {
            return Reply.json(404, Json.notFound());
        }
        Instant now = state.now();
        contact.optInAt = now;
        contact.optOutAt = null;
        contact.optOutReason = null;
        contact.updatedAt = now;
        ObjectNode answer = success("Contact opted in successfully");
        answer.put("opt_in_at", Json.time(now));
        return Reply.json(200, answer);
    }

    private Reply optOut(ApiRequest request, String key, String id) {
        MessagingState.Contact contact = messaging.contact(key, id);
        if (contact == null) {
            return Reply.json(404, Json.notFound());
        }
        JsonNode body = ApiHandler.objectBody(request);
        Instant now = state.now();
        contact.optOutAt = now;
        contact.optOutReason = body.hasNonNull("reason") ? body.get("reason").asText() : null;
        contact.updatedAt = now;
        ObjectNode answer = success("Contact opted out successfully");
        answer.put("opt_out_at", Json.time(now));
        return Reply.json(200, answer);
    }

    private Reply bulkDelete(ApiRequest request, String key) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> ids = stringList(body.get("contact_ids"), "contact_ids", errors);
        if (errors.isEmpty() && (ids == null || ids.isEmpty())) {
            errors.put("contact_ids", List.of(ids == null ? "This field is required." : "This list may not be empty."));
        }
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        int deleted = 0;
        ArrayNode notFound = Json.array();
        for (String id : new LinkedHashSet<>(ids)) {
            if (messaging.deleteContact(key, id)) {
                deleted++;
            } else {
                notFound.add(id);
            }
        }
        ObjectNode answer = success(deleted + " contacts deleted successfully");
        answer.put("deleted", deleted);
        answer.set("not_found", notFound);
        return Reply.json(200, answer);
    }

    /**
     * Bulk import: a CSV file part named {@code file} and an optional {@code tags} field. Rows are reported by the
     * line of the file they start on (the header is line 1). A row whose number is already a contact, or appeared
     * on an earlier row, is skipped; a row with a bad number or email fails; the other rows are imported.
     */
    private Reply importContacts(ApiRequest request, String key) {
        MultipartForm form;
        try {
            form = MultipartForm.parse(request.header("Content-Type"), request.body());
        } catch (IllegalArgumentException e) {
            int status = e.getMessage().startsWith("Unsupported media type") ? 415 : 400;
            return Reply.json(status, Json.detail(e.getMessage()));
        }
        MultipartForm.Part file = form.part("file");
        if (file == null || file.fileName() == null) {
            return Reply.json(400, Json.fieldErrors(Map.of("file", List.of("No file was submitted."))));
        }
        byte[] content = file.content();
        if (content.length == 0) {
            return Reply.json(400, Json.fieldErrors(Map.of("file", List.of("The submitted file is empty."))));
        }
        if (isSpreadsheetBinary(content)) {
            return Reply.json(400, Json.fieldErrors(Map.of("file", List.of("The sandbox reads CSV files only; save"
                    + " the sheet as CSV UTF-8 and upload that."))));
        }
        List<String> formTags = new ArrayList<>();
        MultipartForm.Part tagsPart = form.part("tags");
        if (tagsPart != null) {
            for (String tag : tagsPart.text().split(",")) {
                if (!tag.isBlank()) {
                    formTags.add(tag.strip());
                }
            }
        }

        ContactCsv csv;
        try {
            csv = ContactCsv.parse(content);
        } catch (IllegalArgumentException e) {
            return Reply.json(400, Json.fieldErrors(Map.of("file", List.of(e.getMessage()))));
        }
        String phoneColumn = csv.phoneColumn();
        if (phoneColumn == null) {
            return Reply.json(400, Json.fieldErrors(Map.of("file", List.of("No phone column in the header "
                    + csv.header() + ": name one of " + String.join(", ", ContactCsv.PHONE_COLUMNS) + "."))));
        }

        int imported = 0;
        ArrayNode errors = Json.array();
        ArrayNode skipped = Json.array();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ContactCsv.Record record : csv.records()) {
            Map<String, String> fields = record.fields();
            String phone;
            try {
                phone = SandboxPhones.normalise(fields.get(phoneColumn));
            } catch (IllegalArgumentException e) {
                errors.add(rowError(record.line(), e.getMessage()));
                continue;
            }
            String email = fields.getOrDefault("email", "").strip();
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                errors.add(rowError(record.line(), "Enter a valid email address: '" + email + "'."));
                continue;
            }
            Integer earlier = seen.putIfAbsent(phone, record.line());
            if (earlier != null) {
                skipped.add(rowSkipped(record.line(), "duplicate of row " + earlier));
                continue;
            }
            if (messaging.contactByPhone(key, phone) != null) {
                skipped.add(rowSkipped(record.line(), "a contact with " + phone + " already exists"));
                continue;
            }
            MessagingState.Contact contact = messaging.newContact(key);
            messaging.setPhone(contact, phone);
            contact.name = ContactCsv.name(fields);
            contact.email = email.isEmpty() ? null : email;
            Set<String> tags = new LinkedHashSet<>(formTags);
            for (String tag : fields.getOrDefault("tags", "").split("[|,;]")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
            contact.tags = new ArrayList<>(tags);
            fields.forEach((column, value) -> {
                if (ContactCsv.isAttribute(column) && !value.isBlank()) {
                    contact.attributes.put(column, value.strip());
                }
            });
            imported++;
        }

        ObjectNode answer = success(errors.isEmpty() ? "Contacts imported successfully"
                : imported + " contacts imported, " + errors.size() + " rows failed");
        answer.put("imported", imported);
        answer.put("failed", errors.size());
        answer.put("skipped", skipped.size());
        answer.set("errors", errors);
        answer.set("skipped_rows", skipped);
        return Reply.json(200, answer);
    }

    /** An .xlsx (a zip) or an .xls (an OLE compound file): the sandbox does not read spreadsheets. */
    private static boolean isSpreadsheetBinary(byte[] content) {
        return content.length >= 4 && (content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4
                || (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF && (content[2] & 0xff) == 0x11);
    }

    private static ObjectNode rowError(int row, String error) {
        ObjectNode item = Json.object();
        item.put("row", row);
        item.put("error", error);
        return item;
    }

    private static ObjectNode rowSkipped(int row, String reason) {
        ObjectNode item = Json.object();
        item.put("row", row);
        item.put("reason", reason);
        return item;
    }

    // ---- templates

    private Reply listTemplates(ApiRequest request, String host, String key) {
        String category = lower(request.query().get("category"));
        String search = lower(request.query().get("search"));
        List<MessagingState.Template> matching = messaging.templates(key).stream()
                .filter(template -> category == null || template.category.equalsIgnoreCase(category))
                .filter(template -> search == null || contains(template.name, search)
                        || contains(template.message, search))
                .toList();
        return page(request, host, matching, MessagingState.Template::toJson);
    }

    private Reply createTemplate(ApiRequest request, String key) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String name = ApiHandler.text(body, "name", errors);
        String message = ApiHandler.text(body, "message", errors);
        List<String> variables = body.has("variables") ? stringList(body.get("variables"), "variables", errors) : null;
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        MessagingState.Template template = messaging.newTemplate(key);
        template.name = name;
        template.message = message;
        applyTemplateOptions(body, template);
        template.variables = variables != null ? variables : MessagingState.variables(message);
        return Reply.json(201, template.toJson());
    }

    private Reply template(ApiRequest request, String key, String id) {
        MessagingState.Template template = messaging.template(key, id);
        if (template == null) {
            return Reply.json(404, Json.notFound());
        }
        switch (request.method()) {
            case "DELETE":
                messaging.deleteTemplate(key, id);
                return Reply.raw(204, null, "");
            case "PUT":
            case "PATCH":
                JsonNode body = ApiHandler.objectBody(request);
                Map<String, List<String>> errors = new LinkedHashMap<>();
                String name = body.has("name") ? ApiHandler.text(body, "name", errors) : null;
                String message = body.has("message") ? ApiHandler.text(body, "message", errors) : null;
                List<String> variables = body.has("variables")
                        ? stringList(body.get("variables"), "variables", errors) : null;
                if (!errors.isEmpty()) {
                    return Reply.json(400, Json.fieldErrors(errors));
                }
                if (name != null) {
                    template.name = name;
                }
                if (message != null) {
                    template.message = message;
                    template.variables = MessagingState.variables(message);
                }
                if (variables != null) {
                    template.variables = variables;
                }
                applyTemplateOptions(body, template);
                template.updatedAt = state.now();
                return Reply.json(200, template.toJson());
            default:
                return Reply.json(200, template.toJson());
        }
    }

    private static void applyTemplateOptions(JsonNode body, MessagingState.Template template) {
        if (body.hasNonNull("category") && !body.get("category").asText().isBlank()) {
            template.category = body.get("category").asText().strip().toUpperCase(Locale.ROOT);
        }
        if (body.hasNonNull("language") && !body.get("language").asText().isBlank()) {
            template.language = body.get("language").asText().strip();
        }
    }

    private Reply toggleFavorite(String key, String id) {
        MessagingState.Template template = messaging.template(key, id);
        if (template == null) {
            return Reply.json(404, Json.notFound());
        }
        template.favorite = !template.favorite;
        template.updatedAt = state.now();
        ObjectNode answer = Json.object();
        answer.put("success", true);
        answer.put("is_favorite", template.favorite);
        answer.put("message", template.favorite ? "Template favorited" : "Template unfavorited");
        return Reply.json(200, answer);
    }

    private Reply templateVariables(String key, String id) {
        MessagingState.Template template = messaging.template(key, id);
        if (template == null) {
            return Reply.json(404, Json.notFound());
        }
        ObjectNode answer = Json.object();
        answer.put("template_id", template.id);
        ArrayNode variables = answer.putArray("variables");
        for (String name : template.variables) {
            ObjectNode variable = variables.addObject();
            variable.put("name", name);
            variable.put("type", "string");
            variable.put("required", true);
            variable.put("description", "Value for {{" + name + "}}");
        }
        return Reply.json(200, answer);
    }

    // ---- campaigns

    private Reply listCampaigns(ApiRequest request, String host, String key) {
        String status = lower(request.query().get("status"));
        String search = lower(request.query().get("search"));
        List<MessagingState.Campaign> matching = messaging.campaigns(key).stream()
                .filter(campaign -> status == null || campaign.status.wireName().equals(status))
                .filter(campaign -> search == null || contains(campaign.name, search))
                .toList();
        return page(request, host, matching, this::campaignJson);
    }

    private Reply createCampaign(ApiRequest request, String key) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String name = ApiHandler.text(body, "name", errors);
        String message = ApiHandler.text(body, "message", errors);
        String sender = optionalSender(body, errors);
        Instant scheduledAt = null;
        if (body.hasNonNull("scheduled_at") && !body.get("scheduled_at").asText().isBlank()) {
            scheduledAt = instant(body.get("scheduled_at").asText(), "scheduled_at", errors);
        }

        Set<String> recipients = new LinkedHashSet<>();
        List<String> given = body.has("recipients") ? stringList(body.get("recipients"), "recipients", errors) : null;
        List<String> bad = new ArrayList<>();
        for (String raw : given == null ? List.<String>of() : given) {
            try {
                recipients.add(SandboxPhones.normalise(raw));
            } catch (IllegalArgumentException e) {
                bad.add(e.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            errors.put("recipients", bad);
        }
        List<String> contactIds = body.has("contact_ids")
                ? stringList(body.get("contact_ids"), "contact_ids", errors) : null;
        List<String> unknown = new ArrayList<>();
        for (String id : contactIds == null ? List.<String>of() : contactIds) {
            MessagingState.Contact contact = messaging.contact(key, id);
            if (contact == null) {
                unknown.add("Unknown contact: " + id);
            } else {
                recipients.add(contact.phone);
            }
        }
        if (!unknown.isEmpty()) {
            errors.put("contact_ids", unknown);
        }
        List<String> segments = body.has("segment_ids")
                ? stringList(body.get("segment_ids"), "segment_ids", errors) : null;
        if (segments != null && !segments.isEmpty()) {
            List<String> messages = new ArrayList<>();
            segments.forEach(id -> messages.add("Unknown segment: " + id + " (the sandbox has no segments)."));
            errors.put("segment_ids", messages);
        }
        if (errors.isEmpty() && recipients.isEmpty()) {
            errors.put("non_field_errors", List.of("A campaign needs at least one recipient: give recipients or"
                    + " contact_ids."));
        }
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        rejectSender(sender);

        MessagingState.Campaign campaign = messaging.newCampaign(key, name, message, sender,
                new ArrayList<>(recipients));
        campaign.scheduledAt = scheduledAt;
        campaign.status = scheduledAt == null ? MessagingState.CampaignStatus.DRAFT
                : MessagingState.CampaignStatus.SCHEDULED;
        campaign.settle(state.now());
        return Reply.json(201, campaignJson(campaign));
    }

    private MessagingState.Campaign campaignOr404(String key, String id) {
        MessagingState.Campaign campaign = messaging.campaign(key, id);
        if (campaign == null) {
            throw new ApiError(Reply.json(404, Json.notFound()));
        }
        return campaign;
    }

    /**
     * The state moves: start from draft, scheduled or paused; pause a scheduled or running campaign; cancel any
     * campaign that has not ended. Any other move is a 400 naming the current state.
     */
    private Reply moveCampaign(Kind kind, String key, String id) {
        MessagingState.Campaign campaign = campaignOr404(key, id);
        MessagingState.CampaignStatus current = campaign.status;
        Instant now = state.now();
        String verb;
        String done;
        Set<MessagingState.CampaignStatus> from;
        switch (kind) {
            case CAMPAIGN_START -> {
                verb = "start";
                done = "started";
                from = Set.of(MessagingState.CampaignStatus.DRAFT, MessagingState.CampaignStatus.SCHEDULED,
                        MessagingState.CampaignStatus.PAUSED);
            }
            case CAMPAIGN_PAUSE -> {
                verb = "pause";
                done = "paused";
                from = Set.of(MessagingState.CampaignStatus.SCHEDULED, MessagingState.CampaignStatus.RUNNING);
            }
            default -> {
                verb = "cancel";
                done = "cancelled";
                from = Set.of(MessagingState.CampaignStatus.DRAFT, MessagingState.CampaignStatus.SCHEDULED,
                        MessagingState.CampaignStatus.RUNNING, MessagingState.CampaignStatus.PAUSED);
            }
        }
        if (!from.contains(current)) {
            ObjectNode error = Json.object();
            error.put("error", "Invalid campaign state");
            error.put("code", "INVALID_CAMPAIGN_STATE");
            error.put("message", "Cannot " + verb + " a campaign that is " + current.wireName() + ".");
            error.putObject("details").put("status", current.wireName());
            return Reply.json(400, error);
        }
        switch (kind) {
            case CAMPAIGN_START -> campaign.run(now);
            case CAMPAIGN_PAUSE -> campaign.stop(now, MessagingState.CampaignStatus.PAUSED);
            default -> campaign.stop(now, MessagingState.CampaignStatus.CANCELLED);
        }
        // a campaign with nothing left to send completes at once
        campaign.settle(now);
        ObjectNode answer = success("Campaign " + done + " successfully");
        ObjectNode summary = answer.putObject("campaign");
        summary.put("id", campaign.id);
        summary.put("status", campaign.status.wireName());
        if (kind == Kind.CAMPAIGN_START) {
            summary.put("started_at", Json.time(campaign.startedAt));
        }
        return Reply.json(200, answer);
    }

    private Reply duplicate(String key, String id) {
        MessagingState.Campaign original = campaignOr404(key, id);
        MessagingState.Campaign copy = messaging.newCampaign(key, original.name + " (Copy)", original.message,
                original.senderId, original.recipients);
        copy.status = MessagingState.CampaignStatus.DRAFT;
        ObjectNode answer = success("Campaign duplicated successfully");
        ObjectNode summary = answer.putObject("new_campaign");
        summary.put("id", copy.id);
        summary.put("name", copy.name);
        summary.put("status", copy.status.wireName());
        return Reply.json(201, answer);
    }

    private Reply analytics(String key, String id) {
        MessagingState.Campaign campaign = campaignOr404(key, id);
        Instant now = state.now();
        int[] finals = campaign.finals(now);
        int sent = campaign.sent();
        ObjectNode answer = Json.object();
        answer.put("campaign_id", campaign.id);
        answer.put("name", campaign.name);
        answer.put("status", campaign.status.wireName());
        answer.put("total_recipients", campaign.recipients.size());
        answer.put("sent", sent);
        answer.put("delivered", finals[0]);
        answer.put("failed", finals[1]);
        answer.put("skipped", campaign.skipped());
        answer.put("delivery_rate", rate(finals[0], sent));
        answer.put("cost", BigDecimal.valueOf(campaign.creditsUsed).setScale(2, RoundingMode.UNNECESSARY));
        answer.put("currency", "credits");
        answer.put("started_at", Json.time(campaign.startedAt));
        answer.put("completed_at", Json.time(campaign.completedAt));
        if (campaign.startedAt != null) {
            Instant end = campaign.completedAt != null ? campaign.completedAt : now;
            double seconds = Duration.between(campaign.startedAt, end).toMillis() / 1000.0;
            answer.put("duration_seconds", Math.round(seconds));
            answer.put("messages_per_second", seconds <= 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(sent / seconds).setScale(2, RoundingMode.HALF_UP));
        } else {
            answer.putNull("duration_seconds");
            answer.putNull("messages_per_second");
        }
        return Reply.json(200, answer);
    }

    private ObjectNode campaignJson(MessagingState.Campaign campaign) {
        int[] finals = campaign.finals(state.now());
        ObjectNode json = Json.object();
        json.put("id", campaign.id);
        json.put("name", campaign.name);
        json.put("message", campaign.message);
        json.put("sender_id", campaign.senderId);
        json.put("status", campaign.status.wireName());
        json.put("scheduled_at", Json.time(campaign.scheduledAt));
        json.put("started_at", Json.time(campaign.startedAt));
        json.put("completed_at", Json.time(campaign.completedAt));
        json.put("total_recipients", campaign.recipients.size());
        json.put("sent", campaign.sent());
        json.put("delivered", finals[0]);
        json.put("failed", finals[1]);
        json.put("skipped", campaign.skipped());
        json.put("delivery_rate", rate(finals[0], campaign.sent()));
        json.put("cost", BigDecimal.valueOf(campaign.creditsUsed).setScale(2, RoundingMode.UNNECESSARY));
        json.put("currency", "credits");
        json.put("pause_reason", campaign.pauseReason);
        json.put("created_at", Json.time(campaign.createdAt));
        json.put("updated_at", Json.time(campaign.updatedAt));
        return json;
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part * 100.0 / whole).setScale(2, RoundingMode.HALF_UP);
    }

    // ---- sender IDs

    private Reply requestSenderId(ApiRequest request, String key) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String sender = ApiHandler.text(body, "sender_id", errors);
        if (sender != null && !validSender(sender)) {
            errors.put("sender_id", List.of(senderRule(sender)));
        } else if (sender != null && messaging.senderId(key, sender) != null) {
            errors.put("sender_id", List.of("Sender ID " + sender + " was already requested."));
        }
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        MessagingState.SenderId requested = messaging.requestSenderId(key, sender,
                body.hasNonNull("reason") ? body.get("reason").asText() : null);
        ObjectNode answer = success("Sender ID request submitted");
        ObjectNode item = answer.putObject("sender_id");
        item.put("id", requested.id);
        item.put("sender_id", requested.senderId);
        item.put("status", requested.status);
        item.put("created_at", Json.time(requested.createdAt));
        return Reply.json(201, answer);
    }

    private Reply senderIdStatus(String key, String idOrName) {
        MessagingState.SenderId sender = messaging.senderId(key, idOrName);
        if (sender == null) {
            return Reply.json(404, Json.notFound());
        }
        ObjectNode answer = Json.object();
        answer.put("id", sender.id);
        answer.put("sender_id", sender.senderId);
        answer.put("status", sender.status);
        answer.put("approved_at", Json.time(sender.approvedAt));
        answer.put("is_default", sender.isDefault);
        return Reply.json(200, answer);
    }

    private String optionalSender(JsonNode body, Map<String, List<String>> errors) {
        if (!body.hasNonNull("sender_id") || body.get("sender_id").asText().isBlank()) {
            return MessagingState.DEFAULT_SENDER;
        }
        String sender = body.get("sender_id").asText();
        if (!validSender(sender)) {
            errors.put("sender_id", List.of(senderRule(sender)));
        }
        return sender;
    }

    private void rejectSender(String sender) {
        if (state.config().rejectedSenderIds().contains(sender.toUpperCase(Locale.ROOT))) {
            ObjectNode body = Json.object();
            body.put("error", "Sender ID not approved");
            body.put("code", "SENDER_ID_REJECTED");
            String text = "Sender ID '" + sender + "' is not approved for this account";
            body.put("message", text);
            body.putObject("details").putArray("sender_id").add(text);
            throw new ApiError(Reply.json(400, body));
        }
    }

    private static boolean validSender(String sender) {
        return ALPHA_SENDER.matcher(sender).matches() || NUMERIC_SENDER.matcher(sender).matches();
    }

    private static String senderRule(String sender) {
        return "Invalid sender ID '" + sender + "': use 1 to 11 letters, digits or spaces with at least one letter,"
                + " or up to 15 digits.";
    }

    // ---- SMS

    /**
     * Sends one message per recipient, except to recipients who are contacts that opted out: those are not messaged
     * and count as failed (listed in {@code opted_out}). The whole send is refused with a 402 when the credits do not
     * cover it.
     */
    private Reply quickSend(ApiRequest request, String key) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String message = ApiHandler.text(body, "message", errors);
        String sender = optionalSender(body, errors);
        List<String> given = stringList(body.get("recipients"), "recipients", errors);
        if (given == null && !errors.containsKey("recipients")) {
            errors.put("recipients", List.of("This field is required."));
        } else if (given != null && given.isEmpty()) {
            errors.put("recipients", List.of("This list may not be empty."));
        }
        Set<String> recipients = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String raw : given == null ? List.<String>of() : given) {
            try {
                recipients.add(SandboxPhones.normalise(raw));
            } catch (IllegalArgumentException e) {
                bad.add(e.getMessage());
            }
        }
        if (!bad.isEmpty()) {
            errors.put("recipients", bad);
        }
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        rejectSender(sender);

        List<String> reachable = new ArrayList<>();
        ArrayNode optedOut = Json.array();
        for (String recipient : recipients) {
            if (messaging.isOptedOut(key, recipient)) {
                optedOut.add(recipient);
            } else {
                reachable.add(recipient);
            }
        }
        SmsEncoding.Result encoding = SmsEncoding.of(message);
        long cost = (long) reachable.size() * encoding.segments();
        long balance = state.balance(key);
        if (balance < cost) {
            ObjectNode error = Json.object();
            error.put("success", false);
            error.put("error", "Insufficient credits");
            error.put("message", "You need " + cost + " credits to send this message. Current balance: " + balance
                    + " credits");
            error.put("required_credits", cost);
            error.put("current_balance", balance);
            return Reply.json(402, error);
        }
        ArrayNode ids = Json.array();
        for (String recipient : reachable) {
            SandboxMessage sent = state.send(new SandboxState.SendRequest(key, message, sender, List.of(recipient),
                    null), encoding);
            ids.add(sent.id());
        }
        ObjectNode answer = success("SMS sent to " + reachable.size() + " recipients");
        answer.put("sent", reachable.size());
        answer.put("failed", optedOut.size());
        answer.set("message_ids", ids);
        answer.set("opted_out", optedOut);
        return Reply.json(201, answer);
    }

    private Reply stats(String key) {
        Instant now = state.now();
        long sent = 0;
        long delivered = 0;
        long failed = 0;
        long credits = 0;
        Instant first = null;
        for (SandboxMessage message : state.messages()) {
            if (!message.apiKey().equals(key)) {
                continue;
            }
            first = first == null || message.sentAt().isBefore(first) ? message.sentAt() : first;
            credits += message.creditsUsed();
            for (SandboxMessage.RecipientState recipient : message.recipientStates()) {
                sent++;
                if (recipient.status() == DeliveryStatus.DELIVERED) {
                    delivered++;
                } else if (recipient.status().isFinal()) {
                    failed++;
                }
            }
        }
        ObjectNode answer = Json.object();
        answer.put("success", true);
        ObjectNode stats = answer.putObject("stats");
        stats.put("total_sent", sent);
        stats.put("total_delivered", delivered);
        stats.put("total_failed", failed);
        stats.put("delivery_rate", sent == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(delivered * 100.0 / sent).setScale(2, RoundingMode.HALF_UP));
        stats.put("total_cost", BigDecimal.valueOf(credits).setScale(2, RoundingMode.UNNECESSARY));
        stats.put("currency", "credits");
        ObjectNode period = stats.putObject("period");
        period.put("start", Json.time(first == null ? now : first));
        period.put("end", Json.time(now));
        return Reply.json(200, answer);
    }

    private Reply validatePhone(ApiRequest request) {
        JsonNode body = ApiHandler.objectBody(request);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String phone = ApiHandler.text(body, "phone_number", errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        ObjectNode answer = Json.object();
        answer.put("success", true);
        try {
            String formatted = SandboxPhones.normalise(phone);
            String[] country = SandboxPhones.country(formatted);
            answer.put("valid", true);
            answer.put("formatted", formatted);
            answer.put("country", country == null ? null : country[0]);
            answer.put("country_code", country == null ? null : country[1]);
        } catch (IllegalArgumentException e) {
            answer.put("valid", false);
            answer.putNull("formatted");
            answer.put("error", e.getMessage());
        }
        return Reply.json(200, answer);
    }

    // ---- shared

    /**
     * One page of a list as Django REST framework's PageNumberPagination gives it: {@code page} (default 1) and
     * {@code page_size} (default 20, capped at 100), {@code count/next/previous/results} with absolute links, and a
     * 404 "Invalid page." past the last page.
     */
    private static <T> Reply page(ApiRequest request, String host, List<T> items, Function<T, ObjectNode> render) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        long page = ApiHandler.paging(request.query().get("page"), "page", 1, 1, errors);
        long size = ApiHandler.paging(request.query().get("page_size"), "page_size", DEFAULT_PAGE_SIZE, 1, errors);
        if (!errors.isEmpty()) {
            return Reply.json(400, Json.fieldErrors(errors));
        }
        size = Math.min(size, MAX_PAGE_SIZE);
        long from = (page - 1) * size;
        if (page > 1 && from >= items.size()) {
            return Reply.json(404, Json.detail("Invalid page."));
        }
        int to = (int) Math.min(items.size(), from + size);
        ObjectNode body = Json.object();
        body.put("count", items.size());
        body.put("next", to < items.size() ? link(request, host, page + 1) : null);
        body.put("previous", page > 1 ? link(request, host, page - 1) : null);
        ArrayNode results = body.putArray("results");
        for (T item : items.subList((int) from, to)) {
            results.add(render.apply(item));
        }
        return Reply.json(200, body);
    }

    private static String link(ApiRequest request, String host, long page) {
        StringBuilder link = new StringBuilder("http://").append(host).append(request.path());
        Map<String, String> query = new LinkedHashMap<>(request.query());
        query.remove("page");
        char separator = '?';
        if (page > 1) {
            link.append(separator).append("page=").append(page);
            separator = '&';
        }
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            link.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }

    private static Reply methodNotAllowed(ApiRequest request, Kind kind) {
        return Reply.json(405, Json.detail("Method \"" + request.method() + "\" not allowed."))
                .header("Allow", String.join(", ", new TreeSet<>(kind.methods)));
    }

    private static ObjectNode success(String message) {
        ObjectNode answer = Json.object();
        answer.put("success", true);
        answer.put("message", message);
        return answer;
    }

    /** A list of strings; a missing field or null is {@code null}; anything else that is not a list is an error. */
    private static List<String> stringList(JsonNode node, String field, Map<String, List<String>> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            errors.put(field, List.of("Expected a list of items."));
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                errors.put(field, List.of("Not a valid string: " + item));
                return null;
            }
            values.add(item.asText());
        }
        return values;
    }

    private static Instant instant(String value, String field, Map<String, List<String>> errors) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                errors.put(field, List.of("Datetime has wrong format. Use one of these formats instead:"
                        + " YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."));
                return null;
            }
        }
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String value, String lowerNeedle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
