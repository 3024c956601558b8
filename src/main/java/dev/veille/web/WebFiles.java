package dev.veille.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.veille.model.NotFoundException;

/** Reads the editor's files: from the {@code web/} folder given for development, else from the jar. */
final class WebFiles {

    private final Path webDir;

    WebFiles(Path webDir) {
        this.webDir = webDir;
    }

    byte[] read(String name) {
        try {
            if (webDir != null) {
                return Files.readAllBytes(webDir.resolve(name));
            }
            try (InputStream in = WebFiles.class.getResourceAsStream("/web/" + name)) {
                if (in == null) {
                    throw new NotFoundException("no file " + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read web/" + name, e);
        }
    }
}
