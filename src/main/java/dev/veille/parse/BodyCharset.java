package dev.veille.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to turn a feed's bytes into text: BOM, then the HTTP Content-Type charset, then the XML
 * declaration, else UTF-8. Decoding never fails: invalid bytes become U+FFFD.
 */
public final class BodyCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    // The declaration is short; looking further only risks matching a declaration quoted inside the feed.
    private static final int DECLARATION_WINDOW = 512;

    private BodyCharset() {
    }

    /** The charset to decode an XML or JSON body with. */
    public static Charset of(byte[] body, String contentType) {
        return fromBom(body)
                .or(() -> fromContentType(contentType))
                .or(() -> utf16WithoutBom(body))
                .or(() -> fromXmlDeclaration(body))
                .orElse(StandardCharsets.UTF_8);
    }

    /** The body as text, without its BOM, decoded with {@link #of}; invalid bytes are replaced, not fatal. */
    public static String decode(byte[] body, String contentType) {
        Charset charset = of(body, contentType);
        String text = new String(body, charset);
        // Whatever the chosen charset, a leading U+FEFF (a BOM decoded as text) is not content.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The charset named by a Content-Type header, if it names one Java knows. */
    public static Optional<Charset> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher matcher = HEADER_CHARSET.matcher(contentType);
        return matcher.find() ? named(matcher.group(1)) : Optional.empty();
    }

    /**
     * The charset for a label, with ISO-8859-1 and US-ASCII widened to windows-1252 as browsers do: feeds
     * declared latin-1 routinely hold cp1252 curly quotes and dashes, which latin-1 maps to control characters.
     */
    static Optional<Charset> named(String label) {
        try {
            Charset charset = Charset.forName(label.trim());
            if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                return Optional.of(WINDOWS_1252);
            }
            return Optional.of(charset);
        } catch (IllegalArgumentException unknownOrUnsupported) {
            // A misspelt or exotic label is common in the wild; the next clue decides instead.
            return Optional.empty();
        }
    }

    // A BOM comes first (as in the WHATWG encoding standard): it cannot be there by accident, while
    // Content-Type headers are often set server-wide and wrong for the file.
    private static Optional<Charset> fromBom(byte[] body) {
        // UTF-32 first: the UTF-32LE BOM begins with the UTF-16LE one.
        if (startsWith(body, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (startsWith(body, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    // "<?" in UTF-16 without a BOM: the ASCII declaration could not be read, so recognise the pattern itself.
    private static Optional<Charset> utf16WithoutBom(byte[] body) {
        if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> fromXmlDeclaration(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String label = matcher.group(1).toLowerCase(Locale.ROOT);
        // We just read the declaration as single bytes, so the body is not UTF-16/32 whatever it claims.
        if (label.startsWith("utf-16") || label.startsWith("utf-32") || label.startsWith("ucs")) {
            return Optional.empty();
        }
        return named(label);
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
