package dev.veille.publish;

import java.text.Normalizer;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French month names as the post writes them, capitalised ("Octobre", "Août"), and the reverse: the month a
 * title such as "Web, Ops & Data - Octobre 2019" speaks of.
 *
 * <p>The names are a table rather than {@code Locale.FRENCH}: the JDK's French names are lower-case and their
 * spelling depends on the locale data the JVM ships with, and a published title must not change with the JVM.
 */
public final class FrenchMonths {

    private static final String[] NAMES = {
        "Janvier", "Février", "Mars", "Avril", "Mai", "Juin",
        "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"
    };

    // Matched on a folded copy of the text (no accents, lower case), so "aout 2019" and "AOÛT 2019" count too.
    private static final Pattern MONTH_AND_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
                    + "[ \\t\\u00A0]+(\\d{4})(?!\\d)");

    private FrenchMonths() {
    }

    /** "Octobre" for any October. */
    public static String name(YearMonth month) {
        return name(month.getMonth());
    }

    /** "Août" for {@link Month#AUGUST}. */
    public static String name(Month month) {
        return NAMES[month.getValue() - 1];
    }

    /** "Août 2019", as in "déjà publié en Août 2019". */
    public static String nameWithYear(YearMonth month) {
        return name(month) + " " + month.getYear();
    }

    /**
     * The first "month year" named in {@code text} ("… - Octobre 2019" gives 2019-10), with or without accents
     * and in any case; empty when the text names none.
     */
    public static Optional<YearMonth> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = MONTH_AND_YEAR.matcher(folded(text));
        if (!matcher.find()) {
            return Optional.empty();
        }
        int monthIndex = 0;
        while (!folded(NAMES[monthIndex]).equals(matcher.group(1))) {
            monthIndex++;
        }
        return Optional.of(YearMonth.of(Integer.parseInt(matcher.group(2)), monthIndex + 1));
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
