package nl.regioan.kb.item.domain;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown bodies as readers get them: HTML that went through a jsoup safelist (no script, no event
 * handlers, no javascript: links), and plain text for the search index.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    // Raw HTML in the Markdown is escaped rather than passed on; the safelist is the second line of defence.
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return Jsoup.clean(HTML.render(document), SAFE);
    }

    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }
}
