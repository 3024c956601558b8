package dev.veille.curate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.veille.model.InvalidInputException;

/** The checks on a section's keywords: trimmed, repeats dropped (case ignored, first spelling kept), bounded. */
final class SectionKeywords {

    static final int MAX_KEYWORDS = 200;
    static final int MAX_LENGTH = 60;

    private SectionKeywords() {
    }

    static List<String> check(List<String> values) {
        List<String> keywords = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            String keyword = value == null ? "" : value.strip().replaceAll("\\s+", " ");
            if (keyword.isEmpty()) {
                throw new InvalidInputException("keywords : un mot-clé ne peut pas être vide");
            }
            if (keyword.length() > MAX_LENGTH) {
                throw new InvalidInputException("keywords : « " + keyword.substring(0, 20) + "… » dépasse "
                        + MAX_LENGTH + " caractères");
            }
            if (Words.of(keyword).isEmpty()) {
                throw new InvalidInputException("keywords : « " + keyword + " » ne contient ni lettre ni chiffre");
            }
            if (seen.add(keyword.toLowerCase(Locale.ROOT))) {
                keywords.add(keyword);
            }
        }
        if (keywords.size() > MAX_KEYWORDS) {
            throw new InvalidInputException("keywords : au plus " + MAX_KEYWORDS + " mots-clés par rubrique (reçu "
                    + keywords.size() + ")");
        }
        return List.copyOf(keywords);
    }
}
