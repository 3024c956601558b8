package dev.veille.curate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default tag vocabulary: well-known technology names that a kept item's title or summary may name before
 * the curator ever used them as tags. Read from {@code tag-vocabulary.txt}: one tag a line, optionally followed
 * by {@code =} and common spellings that stand for it ({@code postgresql = postgres}); {@code #} starts a comment
 * line. The tag itself always matches too, its hyphens matching spaces ({@code argo-cd} in "Argo CD").
 */
public final class TagVocabulary {

    static final String RESOURCE = "/tag-vocabulary.txt";

    /** Each phrase to look for, with the tag it stands for. */
    private final List<Map.Entry<String, String>> phrases;

    private TagVocabulary(List<Map.Entry<String, String>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static TagVocabulary none() {
        return new TagVocabulary(List.of());
    }

    /** The vocabulary shipped in the jar; a malformed line is a build mistake, reported with its number. */
    public static TagVocabulary defaults() {
        try (InputStream in = TagVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static TagVocabulary parse(String text) {
        List<Map.Entry<String, String>> phrases = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                int equals = content.indexOf('=');
                String tag = (equals < 0 ? content : content.substring(0, equals)).strip();
                if (!LinkRules.isTag(tag)) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": '" + tag + "' is not a tag");
                }
                phrases.add(Map.entry(tag, tag));
                if (equals >= 0) {
                    for (String spelling : content.substring(equals + 1).split(",")) {
                        if (!spelling.isBlank()) {
                            phrases.add(Map.entry(spelling.strip(), tag));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new TagVocabulary(phrases);
    }

    List<Map.Entry<String, String>> phrases() {
        return phrases;
    }

    /** How many distinct tags it holds. */
    public long size() {
        return phrases.stream().map(Map.Entry::getValue).distinct().count();
    }
}
