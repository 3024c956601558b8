package dev.veille.store;

import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Small named values Veille keeps for itself, such as the generated API token. */
public interface SettingStore {

    String API_TOKEN = "api_token";

    @SqlQuery("SELECT value FROM settings WHERE key = :key")
    Optional<String> get(@Bind("key") String key);

    @SqlUpdate("INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = :value")
    void put(@Bind("key") String key, @Bind("value") String value);
}
