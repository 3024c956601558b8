package dev.veille.store;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.ConflictException;
import dev.veille.model.Section;

/**
 * The post's sections, kept in a dense 0..n-1 order. The rules a concurrent write could break (one section per
 * name, no deleting a section that links use) are checked inside the writing transaction.
 */
@RegisterRowMapper(SectionRowMapper.class)
public interface SectionStore extends SqlObject {

    @SqlQuery("SELECT id, name, position, keywords FROM sections ORDER BY position, id")
    List<Section> findAll();

    @SqlQuery("SELECT id, name, position, keywords FROM sections WHERE id = :id")
    Optional<Section> findById(@Bind("id") long id);

    @SqlQuery("SELECT id, name, position, keywords FROM sections WHERE name = :name COLLATE NOCASE")
    Optional<Section> findByName(@Bind("name") String name);

    @SqlQuery("SELECT count(*) FROM links WHERE section_id = :id")
    int countLinks(@Bind("id") long id);

    /** Adds a section at {@code index} of the order (clamped), shifting the others; the name must be free. */
    default Section insert(String name, int index) {
        return insert(name, index, List.of());
    }

    /** Adds a section with its keywords at {@code index} of the order (clamped); the name must be free. */
    @Transaction
    default Section insert(String name, int index, List<String> keywords) {
        ensureNameFree(name, -1);
        List<Long> order = ids();
        long id = insertRow(name, order.size());
        setKeywords(id, keywords);
        order.add(Math.max(0, Math.min(index, order.size())), id);
        renumber(order);
        return findById(id).orElseThrow();
    }

    /** Moves a section to {@code index} of the order (clamped), shifting the others. */
    @Transaction
    default void move(long id, int index) {
        List<Long> order = ids();
        order.remove(id);
        order.add(Math.max(0, Math.min(index, order.size())), id);
        renumber(order);
    }

    /** Renames a section; no other section may have the name (case ignored). */
    @Transaction
    default void rename(long id, String name) {
        ensureNameFree(name, id);
        renameRow(id, name);
    }

    @SqlUpdate("UPDATE sections SET name = :name WHERE id = :id")
    void renameRow(@Bind("id") long id, @Bind("name") String name);

    /** Replaces a section's keywords (already checked), kept in the curator's order. */
    default void setKeywords(long id, List<String> keywords) {
        setKeywordsRow(id, JsonColumns.write(keywords));
    }

    @SqlUpdate("UPDATE sections SET keywords = :keywords WHERE id = :id")
    void setKeywordsRow(@Bind("id") long id, @Bind("keywords") String keywords);

    /** Deletes a section and closes the gap it leaves in the order; refused while links are in it. */
    @Transaction
    default void delete(long id) {
        int links = countLinks(id);
        if (links > 0) {
            String name = findById(id).map(Section::name).orElse(String.valueOf(id));
            throw new ConflictException("section '" + name + "' still has " + links
                    + " link(s): move or delete them first");
        }
        deleteRow(id);
        renumber(ids());
    }

    @SqlUpdate("INSERT INTO sections (name, position) VALUES (:name, :position)")
    @GetGeneratedKeys("id")
    long insertRow(@Bind("name") String name, @Bind("position") int position);

    @SqlUpdate("DELETE FROM sections WHERE id = :id")
    void deleteRow(@Bind("id") long id);

    @SqlQuery("SELECT id FROM sections ORDER BY position, id")
    List<Long> idsInOrder();

    @SqlUpdate("UPDATE sections SET position = :position WHERE id = :id AND position <> :position")
    void setPosition(@Bind("id") long id, @Bind("position") int position);

    private void ensureNameFree(String name, long exceptId) {
        findByName(name).filter(existing -> existing.id() != exceptId).ifPresent(existing -> {
            throw new ConflictException("a section named '" + existing.name() + "' already exists");
        });
    }

    private List<Long> ids() {
        return new java.util.ArrayList<>(idsInOrder());
    }

    private void renumber(List<Long> order) {
        for (int i = 0; i < order.size(); i++) {
            setPosition(order.get(i), i);
        }
    }
}
