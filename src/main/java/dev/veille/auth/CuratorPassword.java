package dev.veille.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.veille.store.SettingStore;

/**
 * The curator's password: set from configuration at start, or chosen once through a setup link when none is
 * known. Only its slow hash is stored.
 */
public final class CuratorPassword {

    public static final String SETTING = "password_hash";

    private final SettingStore settings;
    private final PasswordHasher hasher;
    private final AtomicReference<String> setupToken = new AtomicReference<>();

    public CuratorPassword(SettingStore settings, PasswordHasher hasher) {
        this.settings = settings;
        this.hasher = hasher;
    }

    /** Stores the configured password, replacing any stored one unless it is the same. */
    public void configure(String password) {
        if (!isSet() || !matches(password)) {
            settings.put(SETTING, hasher.hash(password));
        }
    }

    public boolean isSet() {
        return settings.get(SETTING).isPresent();
    }

    public boolean matches(String password) {
        return password != null && hasher.matches(password, settings.get(SETTING).orElse(null));
    }

    /** A one-time token that allows choosing the password, when none is set; empty when one is. */
    public Optional<String> setupToken() {
        if (isSet()) {
            return Optional.empty();
        }
        return Optional.of(setupToken.updateAndGet(token -> token != null ? token : hasher.randomToken()));
    }

    /** Sets the password with the setup token; false when the token is wrong or already used. */
    public boolean setWithToken(String token, String password) {
        String expected = setupToken.get();
        if (expected == null || token == null || isSet()
                || !java.security.MessageDigest.isEqual(expected.getBytes(), token.getBytes())
                || !setupToken.compareAndSet(expected, null)) {
            return false;
        }
        settings.put(SETTING, hasher.hash(password));
        return true;
    }
}
