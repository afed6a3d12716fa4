package io.mifumo.camel.sandbox;

import java.time.Duration;
import java.util.List;

/**
 * The settings of the messaging and auth APIs ({@code /api/messaging/}, {@code /api/auth/}) a sandbox was built with.
 *
 * @param users                the web-application users who can log in; each belongs to an account (API key)
 * @param accessTokenLifetime  how long an access token is accepted
 * @param refreshTokenLifetime how long a refresh token is accepted
 * @param campaignRate         recipients a running campaign sends per second
 * @param maxUploadBytes       the largest bulk-import upload accepted
 */
record MessagingConfig(List<User> users, Duration accessTokenLifetime, Duration refreshTokenLifetime,
        int campaignRate, int maxUploadBytes) {

    /** The user a sandbox gets when the builder names none. */
    static final String DEFAULT_EMAIL = "sandbox@mifumo.test";

    static final String DEFAULT_PASSWORD = "sandbox-password";

    MessagingConfig {
        users = List.copyOf(users);
    }

    /** A user: email and password to log in with, and the account whose credits and contacts it uses. */
    record User(String email, String password, String apiKey) {
    }
}
