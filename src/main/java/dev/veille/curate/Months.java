package dev.veille.curate;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Pattern;

import dev.veille.model.InvalidInputException;

/** Months as the curator names them ({@code YYYY-MM}), and which month it is now for a curator in France. */
public final class Months {

    /** The curator's time zone: a link kept on the 1st at 00:30 in Paris belongs to the new month. */
    public static final ZoneId CURATOR_ZONE = ZoneId.of("Europe/Paris");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private Months() {
    }

    public static String current(Clock clock) {
        return YearMonth.now(clock.withZone(CURATOR_ZONE)).toString();
    }

    /** Checks a month given by the curator; the message names {@code field}. */
    public static String parse(String field, String value) {
        if (value == null || !MONTH.matcher(value.trim()).matches()) {
            throw new InvalidInputException(field + " must be a month as YYYY-MM, e.g. 2019-10 (got '" + value + "')");
        }
        return value.trim();
    }

    public static String next(String month) {
        return YearMonth.parse(month).plusMonths(1).toString();
    }
}
