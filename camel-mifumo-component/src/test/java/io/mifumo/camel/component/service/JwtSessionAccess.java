package io.mifumo.camel.component.service;

import java.time.Instant;

/** Opens the package-private parts of {@link JwtSession} to tests in other packages. */
public final class JwtSessionAccess {

    private JwtSessionAccess() {
    }

    public static Instant renewTime(String token, Instant now) {
        return JwtSession.renewTime(token, now);
    }
}
