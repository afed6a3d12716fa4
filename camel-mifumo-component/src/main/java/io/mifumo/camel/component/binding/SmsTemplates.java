package io.mifumo.camel.component.binding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.mifumo.camel.component.MifumoConfiguration;
import io.mifumo.camel.component.MifumoConstants;
import io.mifumo.camel.component.exception.MifumoValidationException;
import io.mifumo.camel.component.model.sms.SendSmsRequest;
import io.mifumo.camel.component.model.templates.Template;
import io.mifumo.camel.component.operation.MifumoOperation;
import io.mifumo.camel.component.service.ApiCaller;
import io.mifumo.camel.component.validation.TemplateRenderer;
import org.apache.camel.Message;

/**
 * Templates on sms/send: the text comes from the header CamelMifumoTemplate (a String or a Template), or is read with
 * templates/get for the header CamelMifumoTemplateId or the templateId option; its {{name}} variables are filled from
 * a Map body (its keys) and then from headers, and the filled text becomes the message. A template read by id is
 * reused for a minute, so a batch reads it once.
 */
public final class SmsTemplates {

    /** How long a template read by id is reused before it is read again. */
    static final Duration CACHE_TIME = Duration.ofMinutes(1);

    private final MifumoConfiguration configuration;
    private final ApiCaller caller;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String text, long readAtNanos) {
    }

    public SmsTemplates(MifumoConfiguration configuration, ApiCaller caller) {
        this.configuration = configuration;
        this.caller = caller;
    }

    /** Whether the message asks for a template. */
    public boolean isTemplated(Message in) {
        return in.getHeader(MifumoConstants.TEMPLATE) != null || templateId(in) != null;
    }

    /** The template text: from the header, from the cache, or read from the API. */
    public CompletableFuture<String> templateText(Message in) {
        Object given = in.getHeader(MifumoConstants.TEMPLATE);
        if (given instanceof Template template) {
            return CompletableFuture.completedFuture(template.getMessage());
        }
        if (given != null) {
            return CompletableFuture.completedFuture(in.getHeader(MifumoConstants.TEMPLATE, String.class));
        }
        String id = templateId(in);
        Cached cached = cache.get(id);
        if (cached != null && System.nanoTime() - cached.readAtNanos() < CACHE_TIME.toNanos()) {
            return CompletableFuture.completedFuture(cached.text());
        }
        MifumoOperation get = MifumoOperation.TEMPLATES_GET;
        return caller.call(Inputs.request(get, configuration, get.expandPath(Map.of("template_id", id))))
                .thenApply(response -> {
                    try {
                        String text = Inputs.object(response.getBody(), Template.class).getMessage();
                        cache.put(id, new Cached(text, System.nanoTime()));
                        return text;
                    } catch (Exception e) {
                        throw new IllegalStateException("Template " + id + " could not be read: " + e.getMessage(), e);
                    }
                });
    }

    /**
     * Fills the template and puts the text in the message: as the body, or as the message of a SendSmsRequest body.
     *
     * @throws MifumoValidationException naming every variable without a value (unless allowMissingVariables)
     */
    public void fill(String template, Message in) {
        if (template == null || template.isBlank()) {
            throw new MifumoValidationException("sms/send", List.of("the template is empty"));
        }
        Object body = in.getBody();
        Map<?, ?> values = body instanceof Map<?, ?> map ? map : Map.of();
        Function<String, Object> lookup = name -> values.get(name) != null ? values.get(name) : in.getHeader(name);
        String text;
        try {
            text = TemplateRenderer.render(template, lookup, configuration.isAllowMissingVariables());
        } catch (TemplateRenderer.MissingVariablesException e) {
            throw new MifumoValidationException("sms/send", List.of(
                    e.getMessage() + ": give " + (e.getNames().size() == 1 ? "it" : "them")
                                                                    + " as keys of a Map body or as headers"));
        }
        if (body instanceof SendSmsRequest request) {
            request.setMessage(text);
        } else {
            in.setBody(text);
        }
    }

    private String templateId(Message in) {
        return Inputs.firstNonEmpty(in.getHeader(MifumoConstants.TEMPLATE_ID, String.class),
                configuration.getTemplateId());
    }
}
