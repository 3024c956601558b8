package dev.veille.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.javalin.http.Context;

import dev.veille.ops.Backup;

/** {@code POST /api/backup}: a consistent copy of the live database, downloaded as a file. */
final class BackupApi {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Backup backup;

    BackupApi(Backup backup) {
        this.backup = backup;
    }

    void download(Context ctx) {
        try {
            Path dir = Files.createTempDirectory("veille-backup");
            Path file = dir.resolve("veille-" + LocalDateTime.now().format(STAMP) + ".db");
            try {
                long bytes = backup.to(file);
                ctx.contentType("application/vnd.sqlite3")
                        .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                        .header("Content-Length", Long.toString(bytes));
                try (InputStream in = Files.newInputStream(file); OutputStream out = ctx.outputStream()) {
                    in.transferTo(out);
                }
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("backup failed: " + e.getMessage(), e);
        }
    }
}
