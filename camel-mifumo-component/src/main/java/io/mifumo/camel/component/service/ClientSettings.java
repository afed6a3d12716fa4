package io.mifumo.camel.component.service;

import javax.net.ssl.SSLContext;

/**
 * How the shared client connects: its pool, the user agent, an optional HTTP proxy with Basic credentials and an
 * optional TLS context. Its text never shows the proxy password.
 */
public final class ClientSettings {

    private int maxConnections = 100;
    private int maxConnectionsPerRoute = 50;
    private String userAgent;
    private String proxyHost;
    private int proxyPort;
    private String proxyUsername;
    private String proxyPassword;
    private SSLContext sslContext;

    public int getMaxConnections() {
        return maxConnections;
    }

    public ClientSettings maxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
        return this;
    }

    public int getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    public ClientSettings maxConnectionsPerRoute(int maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
        return this;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public ClientSettings userAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public int getProxyPort() {
        return proxyPort;
    }

    /** An HTTP proxy every request goes through; a null or blank host means none. */
    public ClientSettings proxy(String host, int port) {
        this.proxyHost = host == null || host.isBlank() ? null : host.strip();
        this.proxyPort = port;
        return this;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    String getProxyPassword() {
        return proxyPassword;
    }

    /** Basic credentials given to the proxy (and only to it) when it asks for them; a null user means none. */
    public ClientSettings proxyCredentials(String username, String password) {
        this.proxyUsername = username == null || username.isEmpty() ? null : username;
        this.proxyPassword = password;
        return this;
    }

    public SSLContext getSslContext() {
        return sslContext;
    }

    /** The TLS context for https connections; null uses the JVM's default trust. */
    public ClientSettings sslContext(SSLContext sslContext) {
        this.sslContext = sslContext;
        return this;
    }

    @Override
    public String toString() {
        return "ClientSettings[maxConnections=" + maxConnections + ", maxConnectionsPerRoute=" + maxConnectionsPerRoute
               + (proxyHost == null ? "" : ", proxy=" + proxyHost + ":" + proxyPort)
               + (proxyUsername == null ? "" : ", proxyUser=" + proxyUsername + ", proxyPassword=xxxxxx")
               + (sslContext == null ? "" : ", sslContext=" + sslContext.getProtocol()) + "]";
    }
}
