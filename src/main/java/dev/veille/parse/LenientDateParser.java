package dev.veille.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds and release pages actually write: ISO-8601/W3C-DTF (with or without offset, time or
 * day), RFC-822 and its common deviations (named US/European zones, two-digit years, missing seconds, stray
 * commas), asctime, and English prose dates such as "October 7, 2019" or "07 Oct 2019". A date without a zone
 * is taken as UTC. Anything it cannot read with certainty is empty, never a guess.
 */
public final class LenientDateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,3})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_IN_PROSE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                    + "|[A-Za-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\\.?,? \\d{4}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}|\\d{2}");
    private static final Pattern NUMERIC_OFFSET =
            Pattern.compile("(?:GMT|UTC|UT)?([+-])(\\d{1,2}):?(\\d{2})?", Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    // Zone abbreviations seen in real feeds; ambiguous ones (IST, BST...) are left out on purpose.
    private static final Map<String, Integer> NAMED_ZONE_HOURS = Map.ofEntries(
            Map.entry("z", 0), Map.entry("gmt", 0), Map.entry("ut", 0), Map.entry("utc", 0),
            Map.entry("etc/gmt", 0), Map.entry("etc/utc", 0),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
            Map.entry("at", -4), Map.entry("et", -5), Map.entry("ct", -6), Map.entry("mt", -7), Map.entry("pt", -8),
            Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("met", 1), Map.entry("mest", 2),
            Map.entry("wet", 0), Map.entry("west", 1), Map.entry("eet", 2), Map.entry("eest", 3));

    private LenientDateParser() {
    }

    /** The instant {@code text} denotes, or empty when it is blank or not a date this parser can read. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher iso = ISO.matcher(trimmed);
            if (iso.matches()) {
                return Optional.of(fromIso(iso));
            }
            return fromWords(trimmed);
        } catch (DateTimeException | NumberFormatException outOfRange) {
            // "2003-12-31T25:14:55Z", "99 Jun": well-formed but not a real date.
            return Optional.empty();
        }
    }

    private static Instant fromIso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        ZoneOffset offset = m.group(7) == null ? ZoneOffset.UTC : isoOffset(m.group(7));
        return LocalDateTime.of(LocalDate.of(year, month, day), time).toInstant(offset);
    }

    private static ZoneOffset isoOffset(String zone) {
        if (zone.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return offset(zone.charAt(0) == '-' ? -1 : 1, hours, minutes);
    }

    /**
     * The first date written somewhere inside prose ("Released on October 7, 2019 by ..."), for release pages
     * whose date element holds more than the date; empty when none is found.
     */
    public static Optional<Instant> findIn(String text) {
        Optional<Instant> whole = parse(text);
        if (whole.isPresent() || text == null) {
            return whole;
        }
        Matcher candidate = DATE_IN_PROSE.matcher(text);
        while (candidate.find()) {
            Optional<Instant> found = parse(candidate.group());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    // Token by token rather than a fixed pattern: real feeds reorder, drop and repeat parts of RFC-822.
    private static Optional<Instant> fromWords(String text) {
        Integer day = null;
        Integer month = null;
        Integer year = null;
        LocalTime time = null;
        ZoneOffset offset = null;
        int pmShift = 0;
        for (String token : text.replace(',', ' ').strip().split(" ")) {
            String lower = token.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            Matcher timeMatch = TIME.matcher(token);
            Matcher offsetMatch = NUMERIC_OFFSET.matcher(token);
            if (lower.isEmpty() || isWeekday(lower)) {
                continue;
            } else if (month == null && monthOf(lower) > 0) {
                month = monthOf(lower);
            } else if (time == null && timeMatch.matches()) {
                time = LocalTime.of(Integer.parseInt(timeMatch.group(1)), Integer.parseInt(timeMatch.group(2)),
                        timeMatch.group(3) == null ? 0 : Integer.parseInt(timeMatch.group(3)));
            } else if (time == null && lower.equals("at")) {
                continue; // "October 7, 2019 at 10:00"
            } else if (day == null && DAY.matcher(token).matches()) {
                Matcher dayMatch = DAY.matcher(token);
                dayMatch.matches();
                day = Integer.parseInt(dayMatch.group(1));
            } else if (year == null && day != null && YEAR.matcher(token).matches()) {
                year = fullYear(token);
            } else if (year == null && day == null && token.matches("\\d{4}")) {
                year = Integer.parseInt(token); // "2019 Oct 7" style
            } else if (offset == null && time != null && NAMED_ZONE_HOURS.containsKey(lower)) {
                offset = ZoneOffset.ofHours(NAMED_ZONE_HOURS.get(lower));
            } else if (offset == null && time != null && offsetMatch.matches()) {
                offset = offset(offsetMatch.group(1).equals("-") ? -1 : 1, Integer.parseInt(offsetMatch.group(2)),
                        offsetMatch.group(3) == null ? 0 : Integer.parseInt(offsetMatch.group(3)));
            } else if (time != null && (lower.equals("am") || lower.equals("pm"))) {
                pmShift = lower.equals("pm") && time.getHour() < 12 ? 12 : 0;
                pmShift -= lower.equals("am") && time.getHour() == 12 ? 12 : 0;
            } else {
                return Optional.empty(); // an unknown word: better no date than a wrong one
            }
        }
        if (day == null || month == null || year == null) {
            return Optional.empty();
        }
        LocalTime at = (time == null ? LocalTime.MIDNIGHT : time).plusHours(pmShift);
        return Optional.of(LocalDateTime.of(LocalDate.of(year, month, day), at)
                .toInstant(offset == null ? ZoneOffset.UTC : offset));
    }

    private static ZoneOffset offset(int sign, int hours, int minutes) {
        if (minutes > 59) {
            throw new DateTimeException("minutes out of range in offset");
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int fullYear(String token) {
        int year = Integer.parseInt(token);
        if (token.length() == 2) {
            // RFC-822 two-digit years: the usual pivot, 00-49 is this century.
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    // "Oct", "Sept", "October" are months; "Mayday" is not.
    private static int monthOf(String word) {
        if (word.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(word)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean isWeekday(String word) {
        for (String weekday : WEEKDAYS) {
            if (word.startsWith(weekday) && word.chars().allMatch(Character::isLetter) && word.length() <= 9) {
                return true;
            }
        }
        return false;
    }
}
