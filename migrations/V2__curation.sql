-- Curation: the sections of the monthly post, the curated links of each month, browser sessions.

CREATE TABLE sections (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    position INTEGER NOT NULL
);

-- The curator's sections, alphabetical ignoring punctuation and accents, as in the past posts.
INSERT INTO sections (name, position) VALUES
    ('APM', 0), ('(Big) Data', 1), ('CI/CD', 2), ('Cloud', 3), ('Container et Orchestration', 4),
    ('Dataviz', 5), ('DevOps', 6), ('DNS', 7), ('Langages', 8), ('Licences', 9), ('Méthodologie', 10),
    ('Sécurité', 11), ('SQL', 12), ('Tests', 13), ('Time Series', 14), ('Web', 15), ('Windows', 16);

CREATE TABLE links (
    id             INTEGER PRIMARY KEY,
    month          TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    section_id     INTEGER NOT NULL REFERENCES sections (id), -- no cascade: a section with links stays
    position       INTEGER NOT NULL,
    url            TEXT    NOT NULL,
    normalized_url TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    commentary     TEXT    NOT NULL DEFAULT '',
    tags           TEXT    NOT NULL DEFAULT '[]', -- JSON array of lower-case tags, in the curator's order
    related        TEXT    NOT NULL DEFAULT '[]', -- JSON array of {"url","title"}
    via_title      TEXT,
    via_url        TEXT,
    item_id        INTEGER REFERENCES items (id) ON DELETE SET NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

CREATE INDEX links_month_section_position ON links (month, section_id, position);
CREATE INDEX links_section ON links (section_id);
CREATE INDEX links_item ON links (item_id);
CREATE INDEX links_normalized_url ON links (normalized_url);

CREATE VIRTUAL TABLE links_fts USING fts5(
    title, commentary,
    content = 'links', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

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

-- Browser sessions: only a hash of the cookie is kept, so a copy of the database opens no session.
CREATE TABLE sessions (
    id_hash    TEXT    PRIMARY KEY,
    csrf_token TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
