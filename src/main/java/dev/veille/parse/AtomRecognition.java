package dev.veille.parse;

import java.util.regex.Pattern;

/**
 * Makes two legitimate Atom shapes recognisable by ROME: an Atom Entry Document (RFC 4287 §4.1.2, a lone
 * {@code <entry>}) becomes a feed of one entry, and a {@code <feed>} written without its namespace gets it.
 */
final class AtomRecognition {

    private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final Pattern DEFAULT_NAMESPACE = Pattern.compile("\\sxmlns\\s*=");
    private static final Pattern VERSION_03 = Pattern.compile("\\sversion\\s*=\\s*[\"']0\\.3[\"']");

    private AtomRecognition() {
    }

    static String rewrite(String text, DocumentShape shape) {
        if ("entry".equals(shape.rootElement())) {
            String withNamespace = withDefaultNamespace(text, shape);
            return withNamespace.substring(0, shape.rootStart()) + "<feed xmlns=\"" + ATOM_10 + "\">"
                    + withNamespace.substring(shape.rootStart()) + "</feed>";
        }
        if ("feed".equals(shape.rootElement())) {
            return withDefaultNamespace(text, shape);
        }
        return text;
    }

    private static String withDefaultNamespace(String text, DocumentShape shape) {
        String startTag = shape.rootStartTag(text);
        if (startTag == null || DEFAULT_NAMESPACE.matcher(startTag).find()) {
            return text;
        }
        String namespace = VERSION_03.matcher(startTag).find() ? ATOM_03 : ATOM_10;
        int afterName = shape.rootStart() + 1 + shape.rootElement().length();
        return text.substring(0, afterName) + " xmlns=\"" + namespace + "\"" + text.substring(afterName);
    }
}
