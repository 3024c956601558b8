package dev.veille.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** Lets an API request through only with {@code Authorization: Bearer <token>}; health stays open for probes. */
final class BearerAuth {

    private static final String PREFIX = "Bearer ";

    private final byte[] token;

    BearerAuth(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        if (ctx.path().equals("/api/health")) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(PREFIX)) {
            throw unauthorized(ctx, "missing bearer token: send 'Authorization: Bearer <token>'");
        }
        byte[] given = header.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the answer's timing tells nothing about how much of the token matched.
        if (!MessageDigest.isEqual(given, token)) {
            throw unauthorized(ctx, "invalid bearer token");
        }
    }

    private static HttpResponseException unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"veille\"");
        return new HttpResponseException(401, message);
    }
}
