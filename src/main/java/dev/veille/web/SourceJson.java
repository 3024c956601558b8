package dev.veille.web;

import java.time.Instant;

import dev.veille.model.Selectors;
import dev.veille.model.Source;

/** A source as the API shows it: its settings and its health, without the HTTP validators. */
record SourceJson(
        long id,
        String kind,
        String url,
        String repo,
        String title,
        String section,
        int intervalMinutes,
        boolean includePrereleases,
        Selectors selectors,
        Instant lastPolledAt,
        Instant lastSuccessAt,
        Integer lastStatus,
        String lastError,
        int errorCount,
        Instant nextPollAt,
        boolean gone,
        Instant createdAt) {

    static SourceJson of(Source s) {
        return new SourceJson(s.id(), s.kind().wireName(), s.url(), s.repo(), s.title(), s.section(),
                s.intervalMinutes(), s.includePrereleases(), s.selectors(), s.lastPolledAt(), s.lastSuccessAt(),
                s.lastStatus(), s.lastError(), s.errorCount(), s.gone() ? null : s.nextPollAt(), s.gone(),
                s.createdAt());
    }
}
