package dev.veille.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Veille's settings, read once at start from command-line flags and environment variables (a flag wins over
 * its variable), validated, then passed to whatever needs them.
 */
public record Config(
        Path db,
        int port,
        String token,
        String password,
        boolean defaultSources,
        String githubUrl,
        int pollConcurrency,
        String titleTemplate,
        Path webDir) {

    public static final int MIN_PASSWORD_LENGTH = 8;

    /** Each setting: its flag, its environment variable, its default (null when none). */
    public enum Setting {
        DB("--db", "VEILLE_DB", "./data/veille.db"),
        PORT("--port", "VEILLE_PORT", "7070"),
        TOKEN("--token", "VEILLE_TOKEN", null),
        PASSWORD("--password", "VEILLE_PASSWORD", null),
        DEFAULT_SOURCES("--default-sources", "VEILLE_DEFAULT_SOURCES", "true"),
        GITHUB_URL("--github-url", "VEILLE_GITHUB_URL", "https://github.com"),
        POLL_CONCURRENCY("--poll-concurrency", "VEILLE_POLL_CONCURRENCY", "4"),
        TITLE_TEMPLATE("--title-template", "VEILLE_TITLE_TEMPLATE", "Web, Ops & Data - {Mois} {Année}"),
        WEB_DIR("--web-dir", "VEILLE_WEB_DIR", null);

        public final String flag;
        public final String variable;
        public final String defaultValue;

        Setting(String flag, String variable, String defaultValue) {
            this.flag = flag;
            this.variable = variable;
            this.defaultValue = defaultValue;
        }
    }

    /** Reads every setting: {@code flags} maps a flag such as {@code --port} to its value. */
    public static Config load(Map<String, String> flags, Map<String, String> env) {
        Values values = new Values(flags, env);
        String token = values.raw(Setting.TOKEN);
        if (token != null && token.isBlank()) {
            throw values.invalid(Setting.TOKEN, token, "a non-empty token");
        }
        String password = values.raw(Setting.PASSWORD);
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw values.invalid(Setting.PASSWORD, "…", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String webDir = values.raw(Setting.WEB_DIR);
        return new Config(
                Path.of(values.raw(Setting.DB)),
                values.integer(Setting.PORT, 0, 65535),
                token,
                password,
                values.bool(Setting.DEFAULT_SOURCES),
                values.httpUrl(Setting.GITHUB_URL),
                values.integer(Setting.POLL_CONCURRENCY, 1, 64),
                values.raw(Setting.TITLE_TEMPLATE),
                webDir == null ? null : Path.of(webDir));
    }

    /** Looks settings up, flag first, and turns them into typed values or a clear error. */
    private record Values(Map<String, String> flags, Map<String, String> env) {

        String raw(Setting setting) {
            String value = flags.get(setting.flag);
            if (value == null) {
                value = env.get(setting.variable);
            }
            if (value == null || (value.isEmpty() && setting.defaultValue != null)) {
                value = setting.defaultValue;
            }
            return value;
        }

        int integer(Setting setting, int min, int max) {
            String value = raw(setting);
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid(setting, value, "a whole number from " + min + " to " + max);
        }

        boolean bool(Setting setting) {
            String value = raw(setting);
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw invalid(setting, value, "true or false");
            };
        }

        String httpUrl(Setting setting) {
            String value = raw(setting).trim();
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw invalid(setting, value, "an http(s) URL such as https://github.com");
        }

        ConfigException invalid(Setting setting, String value, String expected) {
            String where = flags.containsKey(setting.flag) ? setting.flag : setting.variable;
            return new ConfigException(where + ": '" + value + "' is not valid, expected " + expected);
        }
    }
}
