-- The inbox filtered by section lists the section's sources first (ItemStore.list): without an index that
-- read every source, and a watch grows to thousands. Case-insensitive, as the filter compares.
CREATE INDEX sources_section ON sources (section COLLATE NOCASE);
