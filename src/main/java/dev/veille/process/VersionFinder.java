package dev.veille.process;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first version number in a release title or tag and tells whether its qualifier makes it a
 * prerelease. A version needs at least {@code major.minor}, so "Electron v4" or "Part 2" in a title is not one.
 *
 * <p>Qualifiers read, in the spellings real projects use:
 * <ul>
 *   <li>semver, glued with a hyphen: {@code 1.12.0-rc.1}, {@code 6.4.0-beta1} (prerelease unless the qualifier
 *       is a word meaning final, such as {@code -GA} or {@code -final});</li>
 *   <li>Maven style, glued with a dot: {@code 6.0.0.CR1}, {@code 5.0.0.M1} (prerelease),
 *       {@code 5.4.2.Final}, {@code 5.0.0.RELEASE} (final);</li>
 *   <li>PEP 440 style, glued: {@code 1.0.0rc1}, {@code 2.0b3};</li>
 *   <li>a separate word: {@code 2.1.0 RC 2}, {@code 3.0 (Beta)} — only when the word is not the start of a
 *       phrase, so {@code v2.1.0 Beta support for ARM} stays a final release.</li>
 * </ul>
 * Build metadata ({@code +security-01}) is kept in the version and never makes a prerelease.
 */
final class VersionFinder {

    private static final Pattern VERSION = Pattern.compile(
            "(?<![\\d.])(?<core>\\d+(?:\\.\\d+)+)"
                    + "(?:(?<semver>-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)"
                    + "|(?<maven>\\.(?i:build-snapshot|snapshot|final|release|ga|sr\\d+|alpha\\d*|beta\\d*|rc\\d*"
                    + "|cr\\d*|m\\d+)(?![A-Za-z0-9]))"
                    + "|(?<glued>(?i:preview|alpha|beta|pre|rc|dev)\\d*(?![A-Za-z])|[ab]\\d+(?![A-Za-z]))"
                    + "|[\\s(]+(?<word>(?i:alpha|beta|rc|preview|pre-?release|release candidate|nightly|snapshot"
                    + "|canary))(?:[\\s.]*(?<wordNumber>\\d+))?"
                    + "(?=\\s*(?:$|[^\\p{L}\\s]|(?i:release|build)\\b)))?"
                    + "(?<build>\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

    // Qualifiers that name the final release itself.
    private static final Pattern FINAL_WORD = Pattern.compile(
            "final|release|ga|stable|lts|sr\\d+", Pattern.CASE_INSENSITIVE);

    // Words that make a release a prerelease wherever they appear, with or without a version.
    private static final Pattern PRERELEASE_MARKER = Pattern.compile(
            "(?<![\\p{L}\\d])(?:nightly|pre-?release|release candidate|canary)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private VersionFinder() {
    }

    /** The first version in {@code text} with its own prerelease flag, or empty when there is none. */
    static Optional<ReleaseVersion> find(String text) {
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String qualifier = qualifier(matcher);
        boolean prerelease = !qualifier.isEmpty() && !isFinal(qualifier);
        String build = matcher.group("build") == null ? "" : matcher.group("build");
        return Optional.of(new ReleaseVersion(matcher.group("core") + qualifier + build, prerelease));
    }

    /** True when {@code text} carries a word such as "nightly" that marks a prerelease on its own. */
    static boolean hasPrereleaseMarker(String text) {
        return PRERELEASE_MARKER.matcher(text).find();
    }

    // Qualifiers glued to the number are kept as written; a separate word is folded into semver form
    // ("RC 2" becomes "-rc.2") so the version stays one token.
    private static String qualifier(Matcher matcher) {
        for (String glued : new String[] {"semver", "maven", "glued"}) {
            if (matcher.group(glued) != null) {
                return matcher.group(glued);
            }
        }
        String word = matcher.group("word");
        if (word == null) {
            return "";
        }
        String label = switch (word.toLowerCase(Locale.ROOT)) {
            case "release candidate" -> "rc";
            case "prerelease", "pre-release" -> "pre";
            default -> word.toLowerCase(Locale.ROOT);
        };
        String number = matcher.group("wordNumber");
        return "-" + label + (number == null ? "" : "." + number);
    }

    // The first dot-separated identifier decides: "-GA" and ".Final" are final, "-release-candidate" is not.
    private static boolean isFinal(String qualifier) {
        String firstIdentifier = qualifier.replaceFirst("^[-.]", "").split("\\.", 2)[0];
        return FINAL_WORD.matcher(firstIdentifier).matches();
    }
}
