package dev.veille.parse;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import java.util.Locale;

/**
 * ROME's feed input, set up as {@code new SyndFeedInput()} sets it up (DOCTYPEs refused; the XML healer is the
 * caller's choice), whose parser stops at {@value #MAX_ELEMENT_DEPTH} levels of nested elements.
 *
 * <p>Why: JDOM, under ROME, checks every element it adds against all its ancestors, so a 10 MiB body of nested
 * {@code <a>} costs time quadratic in the depth (100,000 levels took half a minute, millions would take hours),
 * and ROME writes a description's child elements back to text recursively, which overflows the stack at a few
 * thousand levels. Real feeds nest a few dozen levels at most, even with XHTML content.
 */
final class NestingLimitedFeedInput extends WireFeedInput {

    static final int MAX_ELEMENT_DEPTH = 256;
    /** The JDK's own parser limit (JAXP's XMLSecurityManager); 0, its default, means unbounded. */
    private static final String MAX_ELEMENT_DEPTH_PROPERTY = "jdk.xml.maxElementDepth";

    NestingLimitedFeedInput() {
        super(false, Locale.US);
    }

    @Override
    protected SAXBuilder createSAXBuilder() {
        SAXBuilder builder = super.createSAXBuilder();
        builder.setProperty(MAX_ELEMENT_DEPTH_PROPERTY, String.valueOf(MAX_ELEMENT_DEPTH));
        return builder;
    }
}
