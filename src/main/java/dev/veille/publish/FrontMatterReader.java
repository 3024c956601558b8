package dev.veille.publish;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML front matter of a post: {@code title}, {@code date} and {@code tags}, in the spellings Hugo
 * and Jekyll posts use. Not a YAML parser: one {@code key: value} per line, tags as a flow list
 * ({@code [a, "b"]}), a block list ({@code - a} lines under {@code tags:}) or a single scalar. Other keys are
 * reported in the warnings, never dropped silently.
 */
final class FrontMatterReader {

    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?:[ \\t]+(.*)|[ \\t]*)",
            Pattern.DOTALL);
    private static final Pattern BLOCK_ITEM = Pattern.compile("[ \\t]*-(?:[ \\t]+(.*)|[ \\t]*)", Pattern.DOTALL);
    // Hugo writes a date-time (2019-10-31T08:00:00+02:00), Jekyll "2019-10-31 08:00:00 +0200": the day is enough.
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[Tt ].*)?", Pattern.DOTALL);

    private FrontMatterReader() {
    }

    /** The front matter opening {@code lines} (after "---"), or {@link FrontMatter#absent()}. */
    static FrontMatter read(List<String> lines, List<String> warnings) {
        if (lines.isEmpty() || !PostText.stripTrailing(lines.get(0)).equals("---")) {
            return FrontMatter.absent();
        }
        int close = 1;
        while (close < lines.size() && !isClosing(lines.get(close))) {
            close++;
        }
        if (close == lines.size()) {
            warnings.add("line 1: the front matter is never closed by a '---' line; read as text");
            return FrontMatter.absent();
        }
        String title = null;
        LocalDate date = null;
        List<String> tags = new ArrayList<>();
        int i = 1;
        while (i < close) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            i++;
            if (PostText.isBlank(line) || PostText.stripLeading(line).startsWith("#")) {
                continue;
            }
            Matcher key = KEY.matcher(PostText.stripTrailing(line));
            if (!key.matches()) {
                warnings.add("line " + lineNumber + ": front matter line not understood, ignored: " + line);
                continue;
            }
            String value = key.group(2) == null ? "" : key.group(2);
            List<String> blockItems = new ArrayList<>();
            while (i < close && BLOCK_ITEM.matcher(lines.get(i)).matches()) {
                blockItems.add(lines.get(i));
                i++;
            }
            switch (key.group(1)) {
                case "title" -> title = scalar(value, lineNumber, warnings);
                case "date" -> date = date(scalar(value, lineNumber, warnings), lineNumber, warnings);
                case "tags" -> tags.addAll(tags(value, blockItems, lineNumber, warnings));
                default -> warnings.add("line " + lineNumber + ": front matter key '" + key.group(1)
                        + "' is not imported: " + line);
            }
            if (!blockItems.isEmpty() && !key.group(1).equals("tags")) {
                warnings.add("line " + (lineNumber + 1) + ": list under front matter key '" + key.group(1)
                        + "' is not imported: " + String.join(" | ", blockItems));
            }
        }
        return new FrontMatter(true, blank(title) ? null : title, date, tags, close + 1);
    }

    private static boolean isClosing(String line) {
        String trimmed = PostText.stripTrailing(line);
        return trimmed.equals("---") || trimmed.equals("...");
    }

    private static String scalar(String value, int lineNumber, List<String> warnings) {
        YamlScalars.Read read = YamlScalars.read(value, 0, false);
        if (read.problem() != null) {
            warnings.add("line " + lineNumber + ": " + read.problem() + " in front matter value " + value);
        }
        return read.value();
    }

    private static LocalDate date(String value, int lineNumber, List<String> warnings) {
        if (blank(value)) {
            return null;
        }
        Matcher day = DAY.matcher(value);
        try {
            if (day.matches()) {
                return LocalDate.parse(day.group(1));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        warnings.add("line " + lineNumber + ": date '" + value + "' is not a yyyy-MM-dd date; not imported");
        return null;
    }

    private static List<String> tags(String value, List<String> blockItems, int lineNumber, List<String> warnings) {
        List<String> tags = new ArrayList<>();
        String trimmed = PostText.strip(value);
        if (trimmed.startsWith("[")) {
            tags.addAll(flowList(trimmed, lineNumber, warnings));
        } else if (!trimmed.isEmpty()) {
            tags.add(scalar(trimmed, lineNumber, warnings));
        }
        for (int k = 0; k < blockItems.size(); k++) {
            Matcher item = BLOCK_ITEM.matcher(blockItems.get(k));
            item.matches();
            String itemValue = item.group(1) == null ? "" : item.group(1);
            tags.add(scalar(itemValue, lineNumber + 1 + k, warnings));
        }
        return tags;
    }

    private static List<String> flowList(String text, int lineNumber, List<String> warnings) {
        List<String> items = new ArrayList<>();
        int i = skipSpaces(text, 1);
        if (i < text.length() && text.charAt(i) == ']') {
            return items;
        }
        while (i < text.length()) {
            boolean quoted = text.charAt(i) == '"' || text.charAt(i) == '\'';
            YamlScalars.Read item = YamlScalars.read(text, i, true);
            if (item.problem() != null) {
                warnings.add("line " + lineNumber + ": " + item.problem() + " in tags " + text);
            }
            // "[a, b,]" has no third tag, while a quoted "" is a tag the writer printed.
            if (quoted || !item.value().isEmpty()) {
                items.add(item.value());
            }
            i = skipSpaces(text, item.end());
            if (i < text.length() && text.charAt(i) == ',') {
                i = skipSpaces(text, i + 1);
            } else if (i < text.length() && text.charAt(i) == ']') {
                String rest = PostText.strip(text.substring(i + 1));
                if (!rest.isEmpty() && !rest.startsWith("#")) {
                    warnings.add("line " + lineNumber + ": text after the tags list is not imported: " + rest);
                }
                return items;
            } else {
                break;
            }
        }
        warnings.add("line " + lineNumber + ": the tags list is not closed by ']': " + text);
        return items;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && PostText.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean blank(String text) {
        return text == null || PostText.strip(text).isEmpty();
    }
}
