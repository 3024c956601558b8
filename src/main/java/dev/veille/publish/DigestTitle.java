package dev.veille.publish;

import java.text.Normalizer;
import java.time.YearMonth;

/** The default title of a month's digest, made from a template such as "Web, Ops & Data - {Mois} {Année}". */
public final class DigestTitle {

    public static final String DEFAULT_TEMPLATE = "Web, Ops & Data - {Mois} {Année}";

    private DigestTitle() {
    }

    /** The title of {@code month} with {@link #DEFAULT_TEMPLATE}: "Web, Ops & Data - Octobre 2019". */
    public static String of(YearMonth month) {
        return of(DEFAULT_TEMPLATE, month);
    }

    /**
     * Replaces {@code {Mois}} with the French month name and {@code {Année}} with the year; other text, including
     * unknown placeholders, is kept as written. A null or blank template means the default one.
     * {@code {Annee}} is accepted too, for keyboards without accents.
     */
    public static String of(String template, YearMonth month) {
        String chosen = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
        // A template typed on macOS may arrive decomposed ("e" + combining accent), which would not match.
        String composed = Normalizer.normalize(chosen, Normalizer.Form.NFC);
        String year = Integer.toString(month.getYear());
        return composed
                .replace("{Mois}", FrenchMonths.name(month))
                .replace("{Année}", year)
                .replace("{Annee}", year);
    }
}
