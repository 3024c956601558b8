-- Veille's ingestion schema: settings, watched sources with their polling state, and the items read from them.
-- Times are Unix epoch milliseconds (UTC) in INTEGER columns: compact, indexable, sortable.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL CHECK (kind IN ('feed', 'github', 'page')),
    url                 TEXT    NOT NULL UNIQUE,
    repo                TEXT,
    title               TEXT    NOT NULL,
    section             TEXT,
    interval_minutes    INTEGER NOT NULL DEFAULT 60 CHECK (interval_minutes >= 15),
    include_prereleases INTEGER NOT NULL DEFAULT 0,
    selector_item       TEXT,
    selector_title      TEXT,
    selector_link       TEXT,
    selector_date       TEXT,
    selector_summary    TEXT,
    etag                TEXT,
    last_modified       TEXT,
    last_polled_at      INTEGER,
    last_success_at     INTEGER,
    last_status         INTEGER,
    last_error          TEXT,
    error_count         INTEGER NOT NULL DEFAULT 0,
    next_poll_at        INTEGER NOT NULL,
    gone                INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL
);

-- The scheduler asks "which live sources are due?" every tick.
CREATE INDEX sources_due ON sources (gone, next_poll_at);

CREATE TABLE items (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    guid           TEXT    NOT NULL,
    url            TEXT    NOT NULL,
    normalized_url TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    summary        TEXT    NOT NULL DEFAULT '',
    published_at   INTEGER NOT NULL,
    fetched_at     INTEGER NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'kept', 'dismissed')),
    categories     TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings, in the feed's order
    version        TEXT,
    prerelease     INTEGER NOT NULL DEFAULT 0,
    duplicate_of   INTEGER REFERENCES items (id) ON DELETE SET NULL,
    UNIQUE (source_id, guid)
);

-- Newest-first listings, overall, by status and by source; the cross-source duplicate lookup.
CREATE INDEX items_published ON items (published_at DESC, id DESC);
CREATE INDEX items_status_published ON items (status, published_at DESC, id DESC);
CREATE INDEX items_source_published ON items (source_id, published_at DESC, id DESC);
CREATE INDEX items_normalized_url ON items (normalized_url);
CREATE INDEX items_duplicate_of ON items (duplicate_of);

-- Full-text index over titles and summaries; remove_diacritics makes "securite" find "Sécurité".
CREATE VIRTUAL TABLE items_fts USING fts5(
    title, summary,
    content = 'items', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;

CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
END;

CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
    INSERT INTO items_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;
