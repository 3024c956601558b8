package dev.veille.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.Link;
import dev.veille.model.RollupSuggestion;

/**
 * Applies a release roll-up at once: the kept link takes the bullet's title and related links, the folded links
 * go. Everything a concurrent write could change (publishing, links edited, moved or deleted, releases kept
 * meanwhile) is read inside the writing transaction, so a refusal writes nothing.
 */
public interface RollupStore extends SqlObject {

    /** Why a roll-up was or was not applied; a refusal has written nothing. */
    sealed interface Outcome permits Applied, MonthPublished, NotInMonth, StaleVersion, NoLongerSuggested {
    }

    record Applied() implements Outcome {
    }

    record MonthPublished() implements Outcome {
    }

    /** The link does not exist, or belongs to another month. */
    record NotInMonth(long linkId) implements Outcome {
    }

    /** The kept link was edited since the version the caller saw; {@code current} is what is stored. */
    record StaleVersion(Link current) implements Outcome {
    }

    /** The month's releases no longer suggest this roll-up (one was retitled, moved, or another kept). */
    record NoLongerSuggested() implements Outcome {
    }

    /**
     * Folds {@code foldedLinkIds} into {@code keptLinkId}. The request names links only: {@code suggest} makes the
     * roll-up again from the month's release links as they are inside this transaction, and it is applied only
     * when it is still the one these ids form. That is simpler than checking each field the editor showed, and the
     * title and related links written are always the current suggestion's, never those of a page drawn before a
     * release was retitled, moved or kept.
     */
    @Transaction
    default Outcome apply(String month, long keptLinkId, List<Long> foldedLinkIds, Integer expectedVersion,
                          Function<List<DigestStore.ReleaseLink>, List<RollupSuggestion>> suggest, Instant now) {
        DigestStore digests = getHandle().attach(DigestStore.class);
        LinkStore links = getHandle().attach(LinkStore.class);
        if (digests.isPublished(month).orElse(false)) {
            return new MonthPublished();
        }
        List<Long> ids = new ArrayList<>(List.of(keptLinkId));
        ids.addAll(foldedLinkIds);
        for (long id : ids) {
            if (links.findById(id).filter(link -> link.month().equals(month)).isEmpty()) {
                return new NotInMonth(id);
            }
        }
        Link kept = links.findById(keptLinkId).orElseThrow();
        if (expectedVersion != null && kept.version() != expectedVersion) {
            return new StaleVersion(kept);
        }
        Set<Long> folded = Set.copyOf(foldedLinkIds);
        Optional<RollupSuggestion> current = suggest.apply(digests.releaseLinks(month)).stream()
                .filter(s -> s.keptLinkId() == keptLinkId && Set.copyOf(s.foldedLinkIds()).equals(folded))
                .findFirst();
        if (current.isEmpty()) {
            return new NoLongerSuggested();
        }
        links.updateTitleAndRelated(keptLinkId, current.get().title(),
                JsonColumns.write(current.get().relatedWith(kept.related())), now);
        folded.forEach(links::delete);
        return new Applied();
    }
}
