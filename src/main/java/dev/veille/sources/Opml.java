package dev.veille.sources;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.rometools.opml.feed.opml.Attribute;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;

import dev.veille.model.InvalidInputException;
import dev.veille.model.Selectors;
import dev.veille.model.Source;
import dev.veille.parse.BodyCharset;

/**
 * Sources as OPML, the format every feed reader imports and exports. Sections are folders (outlines holding
 * outlines), as Miniflux and Feedly write categories; GitHub and page sources keep what Veille needs in extra
 * attributes ({@code type="github" repo=...}, {@code type="page" selectorItem=...}), which other readers ignore.
 */
public final class Opml {

    private static final String FEED_TYPE = "opml_2.0";

    /** Reads every source of an OPML document (1.0 or 2.0), folders giving sections. */
    public List<SourceRequest> read(byte[] document) {
        com.rometools.opml.feed.opml.Opml opml;
        try {
            WireFeedInput input = new WireFeedInput();
            opml = (com.rometools.opml.feed.opml.Opml) input.build(
                    new StringReader(BodyCharset.decode(document, null)));
        } catch (FeedException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidInputException("not an OPML document: " + e.getMessage());
        }
        List<SourceRequest> requests = new ArrayList<>();
        collect(opml.getOutlines(), null, requests);
        return requests;
    }

    /** Writes sources as an OPML 2.0 document, one folder per section. */
    public String write(List<Source> sources) {
        Map<String, List<Outline>> folders = new LinkedHashMap<>();
        List<Outline> top = new ArrayList<>();
        for (Source source : sources) {
            Outline outline = outline(source);
            if (source.section() == null) {
                top.add(outline);
            } else {
                folders.computeIfAbsent(source.section(), section -> new ArrayList<>()).add(outline);
            }
        }
        List<Outline> body = new ArrayList<>();
        folders.forEach((section, children) -> {
            Outline folder = new Outline();
            folder.setText(section);
            folder.setTitle(section);
            folder.setChildren(children);
            body.add(folder);
        });
        body.addAll(top);
        com.rometools.opml.feed.opml.Opml opml = new com.rometools.opml.feed.opml.Opml();
        opml.setFeedType(FEED_TYPE);
        opml.setTitle("Veille sources");
        opml.setOutlines(body);
        try {
            return new WireFeedOutput().outputString(opml, true);
        } catch (FeedException e) {
            throw new IllegalStateException("sources cannot be written as OPML: " + e.getMessage(), e);
        }
    }

    private static void collect(List<Outline> outlines, String section, List<SourceRequest> into) {
        for (Outline outline : outlines) {
            String type = outline.getType() == null ? "rss" : outline.getType().trim().toLowerCase(java.util.Locale.ROOT);
            String title = outline.getTitle() != null ? outline.getTitle() : outline.getText();
            String ownSection = attribute(outline, "section");
            String effectiveSection = ownSection != null ? ownSection : section;
            Integer interval = integer(attribute(outline, "intervalMinutes"));
            boolean prereleases = "true".equalsIgnoreCase(attribute(outline, "includePrereleases"));
            if (type.equals("github") && attribute(outline, "repo") != null) {
                into.add(new SourceRequest("github", null, attribute(outline, "repo"), title, effectiveSection,
                        interval, prereleases, null));
            } else if (type.equals("page") && outline.getHtmlUrl() != null) {
                Selectors selectors = new Selectors(attribute(outline, "selectorItem"),
                        attribute(outline, "selectorTitle"), attribute(outline, "selectorLink"),
                        attribute(outline, "selectorDate"), attribute(outline, "selectorSummary"));
                into.add(new SourceRequest("page", outline.getHtmlUrl(), null, title, effectiveSection, interval,
                        false, selectors));
            } else if (outline.getXmlUrl() != null) {
                into.add(new SourceRequest("feed", outline.getXmlUrl(), null, title, effectiveSection, interval,
                        false, null));
            } else if (!outline.getChildren().isEmpty()) {
                String folder = outline.getText() != null ? outline.getText() : outline.getTitle();
                collect(outline.getChildren(), folder != null && !folder.isBlank() ? folder.trim() : section, into);
            }
        }
    }

    private static Outline outline(Source source) {
        Outline outline = new Outline();
        outline.setText(source.title());
        outline.setTitle(source.title());
        List<Attribute> extra = new ArrayList<>();
        switch (source.kind()) {
            case FEED -> {
                outline.setType("rss");
                outline.getAttributes().add(new Attribute("xmlUrl", source.url()));
            }
            case GITHUB -> {
                outline.setType("github");
                extra.add(new Attribute("repo", source.repo()));
                extra.add(new Attribute("includePrereleases", Boolean.toString(source.includePrereleases())));
            }
            case PAGE -> {
                outline.setType("page");
                outline.getAttributes().add(new Attribute("htmlUrl", source.url()));
                Selectors selectors = source.selectors();
                addIfSet(extra, "selectorItem", selectors.item());
                addIfSet(extra, "selectorTitle", selectors.title());
                addIfSet(extra, "selectorLink", selectors.link());
                addIfSet(extra, "selectorDate", selectors.date());
                addIfSet(extra, "selectorSummary", selectors.summary());
            }
        }
        extra.add(new Attribute("intervalMinutes", Integer.toString(source.intervalMinutes())));
        outline.getAttributes().addAll(extra);
        return outline;
    }

    private static void addIfSet(List<Attribute> attributes, String name, String value) {
        if (value != null) {
            attributes.add(new Attribute(name, value));
        }
    }

    private static String attribute(Outline outline, String name) {
        String value = outline.getAttributeValue(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("intervalMinutes must be a whole number (got '" + value + "')");
        }
    }
}
