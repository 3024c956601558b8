-- Fewer indexes for the poll to keep up to date. Each new item lands at a random place in an index ordered by
-- date, so each such index costs a page write per item: measured, a third of the insert's time each. The
-- listing by status now walks the one date index, newest first, and reads the status from it (new items are
-- most of them, so a page of 50 is found within a few dozen entries; kept or dismissed ones within a few
-- hundred), instead of keeping a second date index per status.
DROP INDEX items_status_published;
DROP INDEX items_published;
CREATE INDEX items_published ON items (published_at DESC, id DESC, status);

-- Only duplicates need this index (deleting an item finds its duplicates through it), and most items are none.
DROP INDEX items_duplicate_of;
CREATE INDEX items_duplicate_of ON items (duplicate_of) WHERE duplicate_of IS NOT NULL;
