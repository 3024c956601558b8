-- The month's post: its front matter and texts around the links. A month without a row has the defaults
-- (title from the template, date = last day of the month, tags derived from its links, draft).

CREATE TABLE digests (
    month        TEXT    PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    title        TEXT,             -- null: from the title template
    date         TEXT,             -- ISO date; null: the last day of the month
    intro        TEXT    NOT NULL DEFAULT '',
    tip_title    TEXT    NOT NULL DEFAULT '',
    tip_body     TEXT    NOT NULL DEFAULT '',
    outro        TEXT    NOT NULL DEFAULT '',
    tags         TEXT,             -- JSON array; null: derived from the month's links
    status       TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    published_at INTEGER
);
