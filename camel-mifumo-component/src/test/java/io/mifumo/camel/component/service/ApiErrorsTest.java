package io.mifumo.camel.component.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoAuthenticationException;
import io.mifumo.camel.component.exception.MifumoBadRequestException;
import io.mifumo.camel.component.exception.MifumoError;
import io.mifumo.camel.component.exception.MifumoInsufficientCreditsException;
import io.mifumo.camel.component.exception.MifumoNotFoundException;
import io.mifumo.camel.component.exception.MifumoPermissionException;
import io.mifumo.camel.component.exception.MifumoRateLimitException;
import io.mifumo.camel.component.exception.MifumoSenderIdRejectedException;
import io.mifumo.camel.component.exception.MifumoServerException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MifumoHttpRequest SEND = new MifumoHttpRequest(
            "POST", "http://127.0.0.1", "/api/integration/v1/sms/send/", false);
    private static final MifumoHttpRequest BALANCE = new MifumoHttpRequest(
            "GET", "http://127.0.0.1", "/api/integration/v1/sms/balance/", true);

    private static MifumoApiException exception(MifumoHttpRequest request, int status, String body) {
        MifumoError error = ApiErrors.read(MAPPER, status, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        return ApiErrors.toException(request, error, null);
    }

    @Test
    void readsErrorCodeDetails() {
        MifumoApiException e = exception(BALANCE, 400,
                "{\"error\":\"Invalid limit\",\"code\":\"INVALID_PARAMETER\","
                + "\"details\":{\"limit\":[\"must be >= 1\"]}}");
        assertThat(e).isInstanceOf(MifumoBadRequestException.class);
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getErrorCode()).isEqualTo("INVALID_PARAMETER");
        assertThat(e.getErrorMessage()).isEqualTo("Invalid limit");
        assertThat(e.getDetails()).containsEntry("limit", List.of("must be >= 1"));
        assertThat(e.getMessage()).contains("HTTP 400", "INVALID_PARAMETER", "Invalid limit", "must be >= 1");
    }

    @Test
    void readsErrorMessageDetails() {
        MifumoApiException e = exception(BALANCE, 404,
                "{\"error\":\"Not found\",\"message\":\"The requested resource was not found.\"}");
        assertThat(e).isInstanceOf(MifumoNotFoundException.class);
        assertThat(e.getErrorMessage()).isEqualTo("Not found: The requested resource was not found.");
    }

    @Test
    void readsDetail() {
        MifumoApiException e = exception(BALANCE, 401,
                "{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(e).isInstanceOf(MifumoAuthenticationException.class);
        assertThat(e.getErrorMessage()).isEqualTo("Authentication credentials were not provided.");

        assertThat(exception(BALANCE, 403, "{\"detail\":\"You do not have permission to perform this action.\"}"))
                .isInstanceOf(MifumoPermissionException.class);
    }

    @Test
    void readsFieldMapsWithEveryMessage() {
        MifumoApiException e = exception(SEND, 400,
                "{\"recipients\":[\"Invalid phone number: 0614\"],\"message\":[\"This field may not be blank.\","
                                                    + "\"Too short.\"]}");
        // "message" is a list here, so it is a field, not the documented message string
        assertThat(e.getDetails()).containsKeys("recipients");
        assertThat(e.getMessage()).contains("Invalid phone number: 0614");
    }

    @Test
    void readsTheValidationShapeWithoutDocumentedKeys() {
        MifumoApiException e = exception(SEND, 400,
                "{\"recipients\":[\"Invalid phone number: 0614\"],\"non_field_errors\":[\"Bad request.\"]}");
        assertThat(e.getErrorMessage())
                .isEqualTo("recipients: Invalid phone number: 0614; non_field_errors: Bad request.");
        assertThat(e.getDetails()).containsEntry("recipients", List.of("Invalid phone number: 0614"));
    }

    @Test
    void insufficientCreditsCarriesRequiredAndCurrent() {
        MifumoApiException e = exception(SEND, 402,
                "{\"error\":\"Insufficient credits\",\"message\":\"You need 10 credits to perform this action."
                                                    + " Current balance: 5 credits\",\"required_credits\":10,"
                                                    + "\"current_balance\":5}");
        assertThat(e).isInstanceOf(MifumoInsufficientCreditsException.class);
        MifumoInsufficientCreditsException credits = (MifumoInsufficientCreditsException) e;
        assertThat(credits.getRequiredCredits()).isEqualTo(10L);
        assertThat(credits.getCurrentBalance()).isEqualTo(5L);
        assertThat(e.isMayHaveBeenDelivered()).isFalse();
    }

    @Test
    void emptyBodyGivesStatusNotAParseError() {
        // C12
        MifumoApiException e = exception(SEND, 429, "");
        assertThat(e).isInstanceOf(MifumoRateLimitException.class);
        assertThat(e.getMessage()).contains("HTTP 429").contains("empty response body");
        assertThat(exception(SEND, 400, null)).isInstanceOf(MifumoBadRequestException.class)
                .hasMessageContaining("HTTP 400");
    }

    @Test
    void htmlPageGivesAShortExcerpt() {
        // C13
        String html = "<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head><body><h1>"
                      + "502 Bad Gateway</h1>" + "<p>nginx</p>".repeat(100) + "</body></html>";
        MifumoApiException e = exception(SEND, 502, html);
        assertThat(e).isInstanceOf(MifumoServerException.class);
        assertThat(e.getErrorMessage()).startsWith("502 Bad Gateway 502 Bad Gateway nginx").hasSizeLessThan(210)
                .doesNotContain("<").doesNotContain("color");
        assertThat(e.isMayHaveBeenDelivered()).isTrue();
        assertThat(e.getMessage()).contains("may have been processed");
        assertThat(exception(BALANCE, 502, html).isMayHaveBeenDelivered()).isFalse();
    }

    @Test
    void senderRejectionIsNotAnAuthenticationFailure() {
        // C09
        MifumoApiException e = exception(SEND, 400,
                "{\"error\":\"Sender ID not approved\",\"code\":\"SENDER_ID_REJECTED\",\"details\":{\"sender_id\":"
                                                    + "[\"BADBRAND is not approved\"]}}");
        assertThat(e).isInstanceOf(MifumoSenderIdRejectedException.class).hasMessageStartingWith("Sender ID rejected");
        assertThat(exception(SEND, 403, "{\"sender_id\":[\"Not allowed for this account\"]}"))
                .isInstanceOf(MifumoSenderIdRejectedException.class);
    }

    @Test
    void rateLimitResetComesFromRetryAfterOrTheResetHeader() {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        RateLimit seconds = RateLimit.fromHeaders(Map.of("Retry-After", "1")::get, now);
        assertThat(seconds.getResetAt()).isEqualTo(now.plusSeconds(1));

        RateLimit date = RateLimit.fromHeaders(Map.of("Retry-After", "Fri, 04 Dec 2026 10:00:30 GMT")::get, now);
        assertThat(date.getResetAt()).isEqualTo(Instant.parse("2026-12-04T10:00:30Z"));

        RateLimit reset = RateLimit.fromHeaders(Map.of("X-RateLimit-Limit", "1000", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "1796378400")::get, now);
        assertThat(reset.getLimit()).isEqualTo(1000L);
        assertThat(reset.getRemaining()).isZero();
        assertThat(reset.getResetAt()).isEqualTo(Instant.ofEpochSecond(1796378400L));

        MifumoError error = ApiErrors.read(MAPPER, 429, "{\"detail\":\"Request was throttled.\"}".getBytes());
        MifumoApiException e = ApiErrors.toException(SEND, error, seconds);
        assertThat(((MifumoRateLimitException) e).getResetAt()).isEqualTo(now.plusSeconds(1));
    }
}
