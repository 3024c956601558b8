package dev.veille.publish;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import dev.veille.curate.MonthFreeze;
import dev.veille.curate.Months;
import dev.veille.curate.StaleVersionException;
import dev.veille.model.ConflictException;
import dev.veille.model.InvalidInputException;
import dev.veille.model.NotFoundException;
import dev.veille.store.RollupStore;

/**
 * Applies a suggested release roll-up to a month's links, all or nothing: the request is checked here for what
 * needs no database, the rest inside the store's transaction ({@link RollupStore#apply}).
 */
public final class RollupService {

    private final RollupStore rollups;
    private final MonthFreeze freeze;
    private final Clock clock;

    public RollupService(RollupStore rollups, MonthFreeze freeze, Clock clock) {
        this.rollups = rollups;
        this.freeze = freeze;
        this.clock = clock;
    }

    public void apply(String month, RollupRequest request) {
        String valid = Months.parse("month", month);
        Long kept = request.keptLinkId();
        if (kept == null) {
            throw new InvalidInputException("keptLinkId is required");
        }
        if (request.foldedLinkIds() == null || request.foldedLinkIds().isEmpty()) {
            throw new InvalidInputException("foldedLinkIds must list the links the kept one replaces");
        }
        if (request.foldedLinkIds().contains(null)) {
            throw new InvalidInputException("foldedLinkIds must hold link ids (got null)");
        }
        if (request.foldedLinkIds().contains(kept)) {
            throw new InvalidInputException("foldedLinkIds must not hold the kept link " + kept);
        }
        RollupStore.Outcome outcome = rollups.apply(valid, kept, request.foldedLinkIds(), request.version(),
                ReleaseRollup::suggestFor, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (outcome instanceof RollupStore.MonthPublished) {
            throw freeze.refusal(valid);
        }
        if (outcome instanceof RollupStore.NotInMonth missing) {
            throw new NotFoundException("link " + missing.linkId() + " is not a link of " + valid);
        }
        if (outcome instanceof RollupStore.StaleVersion stale) {
            throw new StaleVersionException(stale.current(), request.version());
        }
        if (outcome instanceof RollupStore.NoLongerSuggested) {
            throw new ConflictException("links " + kept + " and " + request.foldedLinkIds() + " are not a roll-up"
                    + " suggested for " + valid + " (a release was edited, moved or kept meanwhile): reload the month");
        }
    }
}
