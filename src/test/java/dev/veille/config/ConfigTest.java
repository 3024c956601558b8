package dev.veille.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Config config = Config.load(Map.of(), Map.of());
        assertEquals(Path.of("./data/veille.db"), config.db());
        assertEquals(7070, config.port());
        assertNull(config.token());
        assertTrue(config.defaultSources());
        assertEquals("https://github.com", config.githubUrl());
        assertEquals(4, config.pollConcurrency());
        assertNull(config.webDir());
    }

    @Test
    void environmentIsRead() {
        Config config = Config.load(Map.of(), Map.of("VEILLE_DB", "/tmp/x.db", "VEILLE_PORT", "8080",
                "VEILLE_TOKEN", "secret", "VEILLE_DEFAULT_SOURCES", "false",
                "VEILLE_GITHUB_URL", "http://127.0.0.1:9999/"));
        assertEquals(Path.of("/tmp/x.db"), config.db());
        assertEquals(8080, config.port());
        assertEquals("secret", config.token());
        assertFalse(config.defaultSources());
        assertEquals("http://127.0.0.1:9999", config.githubUrl(), "trailing slash dropped");
    }

    @Test
    void flagWinsOverEnvironment() {
        Config config = Config.load(Map.of("--port", "9000"), Map.of("VEILLE_PORT", "8080"));
        assertEquals(9000, config.port());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VEILLE_PORT|seventy|VEILLE_PORT: 'seventy' is not valid, expected a whole number from 0 to 65535",
            "VEILLE_PORT|70000|VEILLE_PORT: '70000' is not valid, expected a whole number from 0 to 65535",
            "VEILLE_DEFAULT_SOURCES|yes|VEILLE_DEFAULT_SOURCES: 'yes' is not valid, expected true or false",
            "VEILLE_GITHUB_URL|ftp://x|VEILLE_GITHUB_URL: 'ftp://x' is not valid, expected an http(s) URL such as https://github.com",
            "VEILLE_POLL_CONCURRENCY|0|VEILLE_POLL_CONCURRENCY: '0' is not valid, expected a whole number from 1 to 64",
    })
    void badValueNamesTheSetting(String variable, String value, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.load(Map.of(), Map.of(variable, value)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void badFlagNamesTheFlag() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Config.load(Map.of("--port", "x"), Map.of("VEILLE_PORT", "8080")));
        assertTrue(e.getMessage().startsWith("--port: 'x'"), e.getMessage());
    }
}
