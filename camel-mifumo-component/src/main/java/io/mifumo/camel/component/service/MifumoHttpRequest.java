package io.mifumo.camel.component.service;

import java.util.LinkedHashMap;
import java.util.Map;

import io.mifumo.camel.component.MifumoAuthMode;

/**
 * One call to the API, as the client needs it: no Camel types.
 */
public final class MifumoHttpRequest {

    private final String method;
    private final String baseUrl;
    private final String path;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final boolean safe;
    private Object body;
    private MultipartBody multipart;
    private String apiKey;
    private boolean jwt;
    private volatile String bearerToken;
    private MifumoAuthMode authMode = MifumoAuthMode.bearer;
    private long connectTimeoutMillis = 10_000;
    private long requestTimeoutMillis = 30_000;
    private long maxResponseSize = 4L * 1024 * 1024;

    public MifumoHttpRequest(String method, String baseUrl, String path, boolean safe) {
        this.method = method;
        this.baseUrl = baseUrl;
        this.path = path;
        this.safe = safe;
    }

    public MifumoHttpRequest query(String name, Object value) {
        if (value != null) {
            query.put(name, value.toString());
        }
        return this;
    }

    /** The JSON body: an object Jackson can write. */
    public MifumoHttpRequest body(Object body) {
        this.body = body;
        return this;
    }

    /**
     * A copy of this request with another body: the same method, path, query, credentials and limits.
     */
    public MifumoHttpRequest withBody(Object newBody) {
        MifumoHttpRequest copy = new MifumoHttpRequest(method, baseUrl, path, safe);
        copy.query.putAll(query);
        copy.body = newBody;
        copy.apiKey = apiKey;
        copy.authMode = authMode;
        copy.connectTimeoutMillis = connectTimeoutMillis;
        copy.requestTimeoutMillis = requestTimeoutMillis;
        copy.maxResponseSize = maxResponseSize;
        return copy;
    }

    /** A multipart/form-data body instead of JSON. */
    public MifumoHttpRequest multipart(MultipartBody multipart) {
        this.multipart = multipart;
        return this;
    }

    /**
     * Marks the request as one of the web-application APIs, which take a JWT access token instead of the API key;
     * the component's {@link JwtSession} supplies the token.
     */
    public MifumoHttpRequest jwt() {
        this.jwt = true;
        return this;
    }

    /** The access token to send as {@code Authorization: Bearer}; set for each attempt. */
    MifumoHttpRequest bearer(String token) {
        this.bearerToken = token;
        return this;
    }

    public MifumoHttpRequest auth(String apiKey, MifumoAuthMode authMode) {
        this.apiKey = apiKey;
        this.authMode = authMode;
        return this;
    }

    public MifumoHttpRequest timeouts(long connectTimeoutMillis, long requestTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.requestTimeoutMillis = requestTimeoutMillis;
        return this;
    }

    /** The largest answer body read, in bytes. */
    public MifumoHttpRequest maxResponseSize(long bytes) {
        this.maxResponseSize = bytes;
        return this;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public String getMethod() {
        return method;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getPath() {
        return path;
    }

    public Map<String, String> getQuery() {
        return query;
    }

    /** Whether the request may be repeated without further effect. */
    public boolean isSafe() {
        return safe;
    }

    public Object getBody() {
        return body;
    }

    public MultipartBody getMultipart() {
        return multipart;
    }

    public boolean isJwt() {
        return jwt;
    }

    String getBearerToken() {
        return bearerToken;
    }

    String getApiKey() {
        return apiKey;
    }

    MifumoAuthMode getAuthMode() {
        return authMode;
    }

    public long getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public long getRequestTimeoutMillis() {
        return requestTimeoutMillis;
    }

    /** Method and path, for messages and logs; never carries credentials. */
    public String describe() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return "MifumoHttpRequest[" + describe() + "]";
    }
}
