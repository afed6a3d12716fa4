package io.mifumo.camel.example.springboot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoApiException;
import io.mifumo.camel.component.exception.MifumoException;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.DeliveryReport;
import io.mifumo.camel.component.model.sms.SendSmsResult;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST side: POST /api/sms sends through the send-sms route; GET /api/delivery-reports reads the store.
 */
@RestController
@RequestMapping("/api")
public class SmsController {

    private final ProducerTemplate producer;
    private final DeliveryReportStore reports;

    public SmsController(ProducerTemplate producer, DeliveryReportStore reports) {
        this.producer = producer;
        this.reports = reports;
    }

    /** What a caller posts: one or more recipients and the text. */
    public record SmsRequest(List<String> to, String message) {
    }

    @PostMapping("/sms")
    public ResponseEntity<Map<String, Object>> send(@RequestBody SmsRequest request) {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            SendSmsResult result = producer.requestBodyAndHeader("direct:send-sms", request.message(),
                    MifumoConstants.RECIPIENTS, request.to(), SendSmsResult.class);
            answer.put("messageId", result.getMessageId());
            answer.put("status", result.getStatus());
            answer.put("recipients", result.getRecipients());
            answer.put("segments", result.getSegments());
            answer.put("credits", result.getCredits());
            return ResponseEntity.ok(answer);
        } catch (CamelExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MifumoValidationException invalid) {
                answer.put("error", "invalid request");
                answer.put("violations", invalid.getViolations());
                return ResponseEntity.badRequest().body(answer);
            }
            if (cause instanceof MifumoApiException api) {
                answer.put("error", api.getErrorMessage());
                answer.put("apiStatus", api.getStatusCode());
                answer.put("apiErrorCode", api.getErrorCode());
            } else {
                answer.put("error", cause == null ? e.getMessage() : cause.getMessage());
            }
            // the caller must not simply retry when the SMS may have gone out
            answer.put("mayHaveBeenDelivered", cause instanceof MifumoException m && m.isMayHaveBeenDelivered());
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(answer);
        }
    }

    @GetMapping("/delivery-reports")
    public List<DeliveryReport> deliveryReports() {
        return reports.all();
    }

    @GetMapping("/delivery-reports/{messageId}")
    public List<DeliveryReport> deliveryReports(@PathVariable("messageId") String messageId) {
        return reports.forMessage(messageId);
    }
}
