package dev.veille.curate;

import java.util.List;

import dev.veille.model.InvalidInputException;
import dev.veille.model.NotFoundException;
import dev.veille.model.Section;
import dev.veille.store.SectionStore;

/** Adds, renames, reorders, sets the keywords of and deletes sections; a section with links cannot be deleted. */
public final class SectionService {

    private static final int MAX_NAME_LENGTH = 100;

    private final SectionStore store;

    public SectionService(SectionStore store) {
        this.store = store;
    }

    public List<Section> list() {
        return store.findAll();
    }

    public Section get(long id) {
        return store.findById(id).orElseThrow(() -> new NotFoundException("no section with id " + id));
    }

    /** The first section of the post, where links go when nothing better is known. */
    public Section first() {
        List<Section> all = list();
        if (all.isEmpty()) {
            throw new InvalidInputException("section: there is no section yet; create one first");
        }
        return all.get(0);
    }

    /** The section of that name (case ignored); the error lists the valid names. */
    public Section byName(String field, String name) {
        return store.findByName(name == null ? "" : name.strip()).orElseThrow(() -> new InvalidInputException(
                field + ": unknown section '" + name + "'; valid sections: "
                        + String.join(", ", list().stream().map(Section::name).toList())));
    }

    /** A new section; {@code position} and {@code keywords} may be null (last, no keywords). */
    public Section create(String name, Integer position, List<String> keywords) {
        String valid = name(name);
        List<String> validKeywords = keywords == null ? List.of() : SectionKeywords.check(keywords);
        return store.insert(valid, position == null ? Integer.MAX_VALUE : position(position), validKeywords);
    }

    /** Changes what is not null: the name, the place in the order, the keywords (replaced whole). */
    public Section update(long id, String name, Integer position, List<String> keywords) {
        get(id);
        List<String> validKeywords = keywords == null ? null : SectionKeywords.check(keywords);
        if (name != null) {
            store.rename(id, name(name));
        }
        if (position != null) {
            store.move(id, position(position));
        }
        if (validKeywords != null) {
            store.setKeywords(id, validKeywords);
        }
        return get(id);
    }

    /** Deletes a section that no link uses; the store checks both in the deleting transaction. */
    public void delete(long id) {
        get(id);
        store.delete(id);
    }

    private static String name(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    private static int position(int value) {
        if (value < 0) {
            throw new InvalidInputException("position must be 0 or more (got " + value + ")");
        }
        return value;
    }
}
