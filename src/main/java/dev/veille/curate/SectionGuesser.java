package dev.veille.curate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.veille.model.Item;
import dev.veille.store.GuessStore;
import dev.veille.store.SectionStore;

/**
 * Guesses the section of items (see {@link GuessModel} for the order). The model is built from every link and
 * section once, and reused while {@link GuessStore#revision()} stays the same: a page of the inbox pays one
 * one-row read, not a pass over the links. Thread-safe: the model is immutable and replaced whole.
 */
public final class SectionGuesser {

    private final GuessStore store;
    private final SectionStore sections;
    private final Object rebuilding = new Object();
    private volatile GuessModel model;

    public SectionGuesser(GuessStore store, SectionStore sections) {
        this.store = store;
        this.sections = sections;
    }

    public SectionGuess guess(Item item) {
        return current().guess(item);
    }

    /** The guesses of a page of items, by item id, from one state of the database. */
    public Map<Long, SectionGuess> guessAll(List<Item> items) {
        GuessModel current = current();
        Map<Long, SectionGuess> guesses = new LinkedHashMap<>();
        for (Item item : items) {
            guesses.put(item.id(), current.guess(item));
        }
        return guesses;
    }

    private GuessModel current() {
        long revision = store.revision();
        GuessModel known = model;
        if (known != null && known.revision() == revision) {
            return known;
        }
        synchronized (rebuilding) {
            known = model;
            if (known == null || known.revision() != revision) {
                // Read after the revision: a write in between makes the next call rebuild, never the reverse.
                known = new GuessModel(revision, sections.findAll(), store.sourceSections(), store.filedLinks());
                model = known;
            }
            return known;
        }
    }
}
