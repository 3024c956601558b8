package dev.veille.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders release versions as their projects mean them: numerically part by part (6.4.10 after 6.4.9), a
 * prerelease before its release (1.0.0-rc.1 before 1.0.0), prerelease identifiers as semver orders them
 * (beta.2 before beta.11, alpha before beta before rc). Reads semver, a leading "v", Maven
 * qualifiers (6.0.0.CR1, 5.4.2.Final) and glued ones (1.0.0rc1). Build metadata (+build.5) does not count,
 * as in semver; versions equal by these rules compare as 0, so a stable sort keeps their given order.
 */
public final class VersionOrder implements Comparator<String> {

    public static final VersionOrder INSTANCE = new VersionOrder();

    private static final Pattern CORE = Pattern.compile("[vV]?(\\d+(?:\\.\\d+)*)(.*)", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("\\d+|[^\\d.\\-_]+");
    // Qualifiers that name the release itself rather than something before it.
    private static final List<String> FINAL_WORDS = List.of("final", "release", "ga", "stable");

    private VersionOrder() {
    }

    @Override
    public int compare(String left, String right) {
        Parsed a = Parsed.of(left);
        Parsed b = Parsed.of(right);
        int cores = compareCores(a.core(), b.core());
        if (cores != 0) {
            return cores;
        }
        if (a.prerelease().isEmpty() || b.prerelease().isEmpty()) {
            // A release comes after its prereleases.
            return Boolean.compare(a.prerelease().isEmpty(), b.prerelease().isEmpty());
        }
        return compareIdentifiers(a.prerelease(), b.prerelease());
    }

    /** A version cut into its numbers and its prerelease identifiers (empty for a release). */
    private record Parsed(List<String> core, List<String> prerelease) {

        static Parsed of(String version) {
            String text = version == null ? "" : version.strip();
            int plus = text.indexOf('+');
            if (plus >= 0) {
                text = text.substring(0, plus);
            }
            Matcher matcher = CORE.matcher(text);
            if (!matcher.matches()) {
                // No number at all ("nightly"): before every numbered version, ordered by its words.
                return new Parsed(List.of(), identifiers(text.isEmpty() ? "~" : text));
            }
            List<String> core = List.of(matcher.group(1).split("\\."));
            String qualifier = matcher.group(2).replaceFirst("^[.\\-_ ]+", "");
            boolean release = qualifier.isEmpty() || FINAL_WORDS.contains(qualifier.toLowerCase(Locale.ROOT));
            return new Parsed(core, release ? List.of() : identifiers(qualifier));
        }

        private static List<String> identifiers(String qualifier) {
            List<String> identifiers = new ArrayList<>();
            Matcher matcher = IDENTIFIER.matcher(qualifier);
            while (matcher.find()) {
                identifiers.add(matcher.group().toLowerCase(Locale.ROOT));
            }
            return identifiers;
        }
    }

    // Missing parts count as 0: 1.0 and 1.0.0 are one version.
    private static int compareCores(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int order = compareNumbers(i < a.size() ? a.get(i) : "0", i < b.size() ? b.get(i) : "0");
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    // Semver: numbers below words, numbers by value, words by text; a shorter list first when all else is equal.
    private static int compareIdentifiers(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xNumber = Character.isDigit(x.charAt(0));
            boolean yNumber = Character.isDigit(y.charAt(0));
            int order = xNumber && yNumber ? compareNumbers(x, y)
                    : xNumber != yNumber ? (xNumber ? -1 : 1)
                    : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    // By value without overflow: fewer significant digits is smaller.
    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=\\d)", "");
        String y = b.replaceFirst("^0+(?=\\d)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
