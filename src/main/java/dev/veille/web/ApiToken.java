package dev.veille.web;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;

import dev.veille.store.SettingStore;

/**
 * The API bearer token: the configured one when set, else the one generated at first start and kept in the
 * database (printed once, so the operator can copy it).
 */
public final class ApiToken {

    private static final int TOKEN_BYTES = 32;

    private ApiToken() {
    }

    public static String resolve(String configured, SettingStore settings, PrintStream console) {
        if (configured != null) {
            return configured;
        }
        return settings.get(SettingStore.API_TOKEN).orElseGet(() -> {
            byte[] random = new byte[TOKEN_BYTES];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            settings.put(SettingStore.API_TOKEN, token);
            console.println("Generated API token (kept in the database; set VEILLE_TOKEN to choose your own):");
            console.println("  " + token);
            return token;
        });
    }
}
