package dev.veille.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heading of the tip of the month: "Astuce du mois", alone or followed by " : title". */
final class TipHeading {

    static final String LABEL = "Astuce du mois";

    // Any case; the title may follow " : ", ":", " - " or a dash.
    private static final Pattern TIP = Pattern.compile(
            "astuce du mois(?:[ \\t]*[:\\-\u2013\u2014][ \\t]*(.*))?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private TipHeading() {
    }

    /** "Astuce du mois : title", or "Astuce du mois" when the title is absent. */
    static String text(String title) {
        String line = PostText.line(title);
        return line == null ? LABEL : LABEL + " : " + line;
    }

    static boolean isTip(Heading heading) {
        return heading.text() != null && TIP.matcher(heading.text()).matches();
    }

    /** The tip's title in a tip heading, null when it has none. */
    static String title(Heading heading) {
        Matcher matcher = TIP.matcher(heading.text());
        return matcher.matches() ? PostText.line(matcher.group(1)) : null;
    }
}
