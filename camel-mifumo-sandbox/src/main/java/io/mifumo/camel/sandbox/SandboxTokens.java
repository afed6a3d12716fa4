package io.mifumo.camel.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JWT-shaped access and refresh tokens, as Django REST framework SimpleJWT issues them: a header, a payload with
 * {@code token_type}, {@code exp}, {@code iat}, {@code jti} and {@code user_id}, and an HMAC-SHA256 signature with a
 * key drawn when the sandbox starts. The sandbox also remembers every token it issued, so it can revoke them.
 * Guarded by the state's monitor.
 */
final class SandboxTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();
    private static final String HEADER = B64.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Map<String, Issued> issued = new HashMap<>();

    SandboxTokens() {
        random.nextBytes(key);
    }

    /** What the sandbox knows of a token it issued. */
    static final class Issued {
        final String jti;
        final String type;
        final String email;
        final String session;
        final Instant expiresAt;
        boolean revoked;

        private Issued(String jti, String type, String email, String session, Instant expiresAt) {
            this.jti = jti;
            this.type = type;
            this.email = email;
            this.session = session;
            this.expiresAt = expiresAt;
        }
    }

    void reset() {
        issued.clear();
    }

    /** A new session id, shared by the refresh token and every access token issued from it. */
    String newSession() {
        return randomHex(8);
    }

    String issue(String type, String email, long userId, String session, Instant now, Duration lifetime) {
        String jti = randomHex(16);
        Instant expiresAt = now.plus(lifetime);
        issued.put(jti, new Issued(jti, type, email, session, expiresAt));
        ObjectNode payload = Json.object();
        payload.put("token_type", type);
        // NumericDate in whole seconds, rounded down: a client that trusts exp renews a moment early, never late
        payload.put("exp", expiresAt.getEpochSecond());
        payload.put("iat", now.getEpochSecond());
        payload.put("jti", jti);
        payload.put("user_id", userId);
        String unsigned = HEADER + "." + B64.encodeToString(Json.bytes(payload));
        return unsigned + "." + B64.encodeToString(sign(unsigned));
    }

    /**
     * The token if it is well formed, signed by this sandbox, of the given type, not revoked and not expired;
     * otherwise {@code null}.
     */
    Issued verify(String token, String type, Instant now) {
        if (token == null) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        byte[] signature;
        JsonNode payload;
        try {
            signature = B64_DECODER.decode(parts[2]);
            payload = Json.parse(B64_DECODER.decode(parts[1]));
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
        if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
            return null;
        }
        Issued known = issued.get(payload.path("jti").asText(""));
        if (known == null || known.revoked || !known.type.equals(type) || !now.isBefore(known.expiresAt)) {
            return null;
        }
        return known;
    }

    /** Revokes every token of a session (logout). */
    void revokeSession(String session) {
        issued.values().stream().filter(token -> token.session.equals(session)).forEach(token -> token.revoked = true);
    }

    /** Revokes every token of one type; returns how many were still valid. */
    int revokeAll(String type, Instant now) {
        int count = 0;
        for (Issued token : issued.values()) {
            if (token.type.equals(type) && !token.revoked && now.isBefore(token.expiresAt)) {
                token.revoked = true;
                count++;
            }
        }
        return count;
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
