package dev.veille.sources;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.veille.model.InvalidInputException;
import dev.veille.model.Selectors;
import dev.veille.parse.SelectorsValidation;
import dev.veille.poll.BackoffPolicy;

/** The checks every source passes, whoever adds or edits it; each failure names the field. */
final class SourceRules {

    static final int DEFAULT_INTERVAL_MINUTES = 60;
    private static final int MAX_INTERVAL_MINUTES = 7 * 24 * 60;
    static final int MAX_TITLE_LENGTH = 300;
    // owner/repo, also accepted as a github.com URL, with an optional trailing .git or /releases.
    private static final Pattern REPO = Pattern.compile(
            "^(?:https?://(?:www\\.)?github\\.com/)?([A-Za-z0-9-]+/[A-Za-z0-9_.-]+?)(?:\\.git)?(?:/releases)?/?$");

    private SourceRules() {
    }

    static String httpUrl(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required");
        }
        String trimmed = value.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return trimmed;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new InvalidInputException(field + " must be an absolute http(s) URL (got '" + trimmed + "')");
    }

    static String repo(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("repo is required for a github source, as owner/name (e.g. helm/helm)");
        }
        Matcher matcher = REPO.matcher(value.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException("repo must be owner/name, e.g. helm/helm (got '" + value.trim() + "')");
        }
        return matcher.group(1);
    }

    static int interval(Integer minutes) {
        if (minutes == null) {
            return DEFAULT_INTERVAL_MINUTES;
        }
        if (minutes < BackoffPolicy.MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) {
            throw new InvalidInputException("intervalMinutes must be from " + BackoffPolicy.MIN_INTERVAL_MINUTES
                    + " to " + MAX_INTERVAL_MINUTES + " (got " + minutes + ")");
        }
        return minutes;
    }

    static String title(String value) {
        String trimmed = blankToNull(value);
        if (trimmed != null && trimmed.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        return trimmed;
    }

    static Selectors pageSelectors(Selectors selectors) {
        if (selectors == null || blankToNull(selectors.item()) == null || blankToNull(selectors.link()) == null) {
            throw new InvalidInputException("selectors.item and selectors.link are required for a page source");
        }
        Selectors cleaned = new Selectors(blankToNull(selectors.item()), blankToNull(selectors.title()),
                blankToNull(selectors.link()), blankToNull(selectors.date()), blankToNull(selectors.summary()));
        Optional<String> problem = SelectorsValidation.check(cleaned);
        if (problem.isPresent()) {
            throw new InvalidInputException("selectors: " + problem.get());
        }
        return cleaned;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
