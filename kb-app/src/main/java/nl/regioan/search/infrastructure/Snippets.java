package nl.regioan.search.infrastructure;

import static nl.regioan.search.infrastructure.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.search.domain.SearchResult.Snippet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Highlighted passages of one hit: from the body, and from the first attachment that matches (naming
 * it). Only ever called for documents the reader may see. Text is HTML-escaped; matches are in mark.
 */
final class Snippets {

    private static final int FRAGMENT_CHARS = 180;
    private static final int MAX_ANALYZED_CHARS = 100_000;
    private static final String SEPARATOR = " … ";

    private final Analyzer analyzer;
    private final Highlighter highlighter;

    Snippets(Analyzer analyzer, Query userQuery) {
        this.analyzer = analyzer;
        if (userQuery == null) {
            this.highlighter = null;
        } else {
            QueryScorer scorer = new QueryScorer(userQuery); // terms of every field: the text is re-analysed
            this.highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                    scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
            highlighter.setMaxDocCharsToAnalyze(MAX_ANALYZED_CHARS);
        }
    }

    List<Snippet> of(Document doc) {
        List<Snippet> snippets = new ArrayList<>();
        String body = doc.get(BODY);
        String fromBody = highlight(BODY, body);
        if (fromBody != null) {
            snippets.add(new Snippet("body", null, null, fromBody));
        }
        IndexableField[] ids = doc.getFields(ATTACHMENT_ID);
        String[] names = doc.getValues(ATTACHMENT_NAME);
        String[] texts = doc.getValues(ATTACHMENT_TEXT);
        for (int i = 0; i < texts.length && i < ids.length && i < names.length; i++) {
            String fromAttachment = highlight(ATTACHMENT, texts[i]);
            if (fromAttachment != null) {
                snippets.add(new Snippet("attachment", ids[i].numericValue().longValue(), names[i], fromAttachment));
                break;
            }
        }
        if (snippets.isEmpty()) {
            String summary = doc.get(SUMMARY) != null ? doc.get(SUMMARY) : body;
            if (summary != null && !summary.isBlank()) {
                snippets.add(new Snippet("summary", null, null, escape(abbreviate(summary))));
            }
        }
        return snippets;
    }

    private String highlight(String field, String text) {
        if (highlighter == null || text == null || text.isBlank()) {
            return null;
        }
        try {
            String fragments = highlighter.getBestFragments(analyzer.tokenStream(field, text), text, 2, SEPARATOR);
            return fragments == null || fragments.isBlank() ? null : fragments;
        } catch (IOException | InvalidTokenOffsetsException | RuntimeException e) {
            return null; // a snippet is a nicety; the hit stands without it
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…";
    }

    private static String escape(String text) {
        return new SimpleHTMLEncoder().encodeText(text);
    }
}
