package dev.veille.publish;

import java.util.Optional;

/**
 * The YAML scalars of a front matter: a double-quoted string written so any text survives, and scalars read
 * back in the three spellings people use ({@code "double"}, {@code 'single'}, plain).
 */
final class YamlScalars {

    /**
     * A scalar read from a line: its value, the index just after it, and a problem found in it (an unknown
     * escape, a missing closing quote), null when there is none.
     */
    record Read(String value, int end, String problem) {
    }

    private YamlScalars() {
    }

    /**
     * {@code "…"} with {@code "} and {@code \} escaped; line breaks, tabs and the characters YAML does not allow
     * raw (controls, U+0085, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF, lone surrogates) as escapes, so a title
     * always stays on its line and parses the same everywhere.
     */
    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(text, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /**
     * The scalar starting at {@code from}. A plain scalar ends at the end of the line or at a {@code " #"}
     * comment, and in a flow list ({@code inFlow}) also at {@code ,} or {@code ]}; it is trimmed.
     */
    static Read read(String line, int from, boolean inFlow) {
        if (from < line.length() && line.charAt(from) == '"') {
            return readDoubleQuoted(line, from + 1);
        }
        if (from < line.length() && line.charAt(from) == '\'') {
            return readSingleQuoted(line, from + 1);
        }
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (inFlow && (c == ',' || c == ']')) {
                break;
            }
            if (c == '#' && i > from && PostText.isSpace(line.charAt(i - 1))) {
                break;
            }
            i++;
        }
        int end = i;
        if (end < line.length() && line.charAt(end) == '#') {
            end = line.length();
        }
        return new Read(PostText.strip(line.substring(from, i)), end, null);
    }

    private static Read readSingleQuoted(String line, int from) {
        StringBuilder value = new StringBuilder();
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                return new Read(value.toString(), i + 1, null);
            }
            value.append(c);
            i++;
        }
        return new Read(value.toString(), i, "no closing quote");
    }

    private static Read readDoubleQuoted(String line, int from) {
        StringBuilder value = new StringBuilder();
        String problem = null;
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return new Read(value.toString(), i + 1, problem);
            }
            if (c != '\\' || i + 1 >= line.length()) {
                value.append(c);
                i++;
                continue;
            }
            char escape = line.charAt(i + 1);
            int digits = switch (escape) {
                case 'x' -> 2;
                case 'u' -> 4;
                case 'U' -> 8;
                default -> 0;
            };
            if (digits > 0) {
                Optional<Integer> codePoint = hex(line, i + 2, digits);
                if (codePoint.isPresent()) {
                    value.appendCodePoint(codePoint.get());
                    i += 2 + digits;
                    continue;
                }
            } else {
                String simple = simpleEscape(escape);
                if (simple != null) {
                    value.append(simple);
                    i += 2;
                    continue;
                }
            }
            problem = "unknown escape \\" + escape;
            value.append(c).append(escape);
            i += 2;
        }
        return new Read(value.toString(), i, "no closing quote");
    }

    private static String simpleEscape(char escape) {
        return switch (escape) {
            case '0' -> "\0";
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 't', '\t' -> "\t";
            case 'n' -> "\n";
            case 'v' -> "\u000B";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'e' -> "\u001B";
            case ' ' -> " ";
            case '"' -> "\"";
            case '/' -> "/";
            case '\\' -> "\\";
            case 'N' -> "\u0085";
            case '_' -> "\u00A0";
            case 'L' -> "\u2028";
            case 'P' -> "\u2029";
            default -> null;
        };
    }

    private static Optional<Integer> hex(String line, int from, int digits) {
        if (from + digits > line.length()) {
            return Optional.empty();
        }
        long value = 0;
        for (int i = from; i < from + digits; i++) {
            int digit = Character.digit(line.charAt(i), 16);
            if (digit < 0) {
                return Optional.empty();
            }
            value = value * 16 + digit;
        }
        return value <= Character.MAX_CODE_POINT ? Optional.of((int) value) : Optional.empty();
    }
}
