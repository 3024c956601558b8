package dev.veille.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.veille.model.ConflictException;
import dev.veille.model.InvalidInputException;
import dev.veille.model.Source;

/**
 * Loads many sources at once (an OPML file, the default sources) without touching the network: each is
 * checked at its first poll. One bad or already-watched entry is reported and skipped, never fatal.
 */
public final class SourceImport {

    /** What an import did: the sources added and one line per entry skipped. */
    public record Report(List<Source> added, List<String> skipped) {
    }

    static final String DEFAULT_SOURCES = "/default-sources.opml";

    private final SourceService sources;
    private final Opml opml;

    public SourceImport(SourceService sources, Opml opml) {
        this.sources = sources;
        this.opml = opml;
    }

    public Report importOpml(byte[] document) {
        List<Source> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SourceRequest request : opml.read(document)) {
            String name = request.url() != null ? request.url() : request.repo();
            try {
                added.add(sources.addOffline(request));
            } catch (InvalidInputException | ConflictException e) {
                skipped.add(name + ": " + e.getMessage());
            }
        }
        return new Report(added, skipped);
    }

    /** Loads the default sources into an empty database; does nothing when any source exists. */
    public Report loadDefaultsIfEmpty() {
        if (!sources.list().isEmpty()) {
            return new Report(List.of(), List.of());
        }
        try (InputStream in = SourceImport.class.getResourceAsStream(DEFAULT_SOURCES)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_SOURCES + " is missing from the jar");
            }
            return importOpml(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_SOURCES, e);
        }
    }
}
