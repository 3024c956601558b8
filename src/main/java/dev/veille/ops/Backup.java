package dev.veille.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.veille.model.ConflictException;
import dev.veille.store.BackupStore;

/** Copies the live database to a file (SQLite's VACUUM INTO), never overwriting one. */
public final class Backup {

    private final BackupStore store;

    public Backup(BackupStore store) {
        this.store = store;
    }

    /** Writes the copy and returns its size in bytes. */
    public long to(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new ConflictException(target + " already exists: a backup never overwrites a file");
        }
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            store.copyTo(target.toString());
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException("backup to " + target + " failed: " + e.getMessage(), e);
        }
    }
}
