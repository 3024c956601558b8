-- Link ids are never reused: the editor keeps drafts and bookmarks by id, so a deleted link's id must not come
-- back as another link. SQLite only gives that guarantee with AUTOINCREMENT, which needs the table rebuilt.

CREATE TABLE links_rebuilt (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    month          TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    section_id     INTEGER NOT NULL REFERENCES sections (id),
    position       INTEGER NOT NULL,
    url            TEXT    NOT NULL,
    normalized_url TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    commentary     TEXT    NOT NULL DEFAULT '',
    tags           TEXT    NOT NULL DEFAULT '[]',
    related        TEXT    NOT NULL DEFAULT '[]',
    via_title      TEXT,
    via_url        TEXT,
    item_id        INTEGER REFERENCES items (id) ON DELETE SET NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

INSERT INTO links_rebuilt (id, month, section_id, position, url, normalized_url, title, commentary, tags, related,
                           via_title, via_url, item_id, version, created_at, updated_at)
SELECT id, month, section_id, position, url, normalized_url, title, commentary, tags, related,
       via_title, via_url, item_id, version, created_at, updated_at
FROM links;

-- Dropping the old table drops its indexes and triggers; the full-text index keeps its rows (same ids).
DROP TABLE links;
ALTER TABLE links_rebuilt RENAME TO links;

CREATE INDEX links_month_section_position ON links (month, section_id, position);
CREATE INDEX links_section ON links (section_id);
CREATE INDEX links_item ON links (item_id);
CREATE INDEX links_normalized_url ON links (normalized_url);

CREATE TRIGGER links_fts_insert AFTER INSERT ON links BEGIN
    INSERT INTO links_fts (rowid, title, commentary) VALUES (new.id, new.title, new.commentary);
END;

CREATE TRIGGER links_fts_delete AFTER DELETE ON links BEGIN
    INSERT INTO links_fts (links_fts, rowid, title, commentary) VALUES ('delete', old.id, old.title, old.commentary);
END;

CREATE TRIGGER links_fts_update AFTER UPDATE OF title, commentary ON links BEGIN
    INSERT INTO links_fts (links_fts, rowid, title, commentary) VALUES ('delete', old.id, old.title, old.commentary);
    INSERT INTO links_fts (rowid, title, commentary) VALUES (new.id, new.title, new.commentary);
END;
