package nl.regioan.kb.item.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** No script ever reaches a reader, whatever the Markdown contains. */
class MarkdownTest {

    @Test
    void rendersOrdinaryMarkdown() {
        String html = Markdown.toSafeHtml("# Kop\n\n**vet** en [link](https://example.org)");
        assertTrue(html.contains("<h1>Kop</h1>"), html);
        assertTrue(html.contains("<strong>vet</strong>"), html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer nofollow\""), html);
    }

    @Test
    void scriptAndEventHandlersAreRemoved() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "<a href=\"http://x\" onclick=\"y()\">a</a>");
        Document parsed = Jsoup.parseBodyFragment(html);
        assertTrue(parsed.select("script, img").isEmpty(), html);
        assertTrue(parsed.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on")), html);
        assertTrue(html.contains("&lt;script&gt;"), "raw HTML is shown as text: " + html);
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = Markdown.toSafeHtml("[klik](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html,x)");
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
    }

    @Test
    void plainTextForTheIndex() {
        assertEquals("Kop\nvet tekst", Markdown.toPlainText("# Kop\n\n**vet** tekst"));
    }
}
