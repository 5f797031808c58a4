package nl.regioan.search.infrastructure;

import static nl.regioan.search.infrastructure.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.regioan.search.domain.SearchResult.Snippet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of the hits on one page: from the body, and from the first attachment that
 * matches (naming it). Only ever called for documents the reader may see. Text is HTML-escaped;
 * matches are in mark.
 *
 * <p>Why a UnifiedHighlighter: body and attachment text are indexed with offsets in the postings
 * ({@link ItemDocuments}), so a snippet costs a postings lookup per query term instead of
 * re-analysing (stemming, splitting compounds) the whole text of every hit. The user's query is on
 * the ALL field; its terms are analysed exactly as body and attachments, so they are matched there.
 */
final class Snippets {

    private static final int FRAGMENT_CHARS = 180;
    private static final int PASSAGES = 2;
    private static final String SEPARATOR = " … ";
    /** The highlighter joins the values of the multi-valued attachment field with this one char (the analyzer's offset gap is one, too). */
    private static final char VALUE_SEPARATOR = '\u0000';

    private final UnifiedHighlighter highlighter;
    private final Query userQuery;

    Snippets(IndexSearcher searcher, Analyzer analyzer, Query userQuery) {
        this.userQuery = userQuery;
        this.highlighter = userQuery == null ? null : new PerValueHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(field -> true)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(ItemDocuments.STORED_ATTACHMENT_CHARS)
                .withWeightMatches(false) // term offsets straight from the postings; no Matches per document
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('.')) // a sentence, cheaply
                .withFormatter(new Fragments()));
    }

    /** The snippets of each document, in the order of the given document ids. */
    List<List<Snippet>> of(int[] docIds, Document[] docs) throws IOException {
        Object[] bodies = new Object[docIds.length];
        Object[] attachments = new Object[docIds.length];
        if (highlighter != null && docIds.length > 0) {
            int[] passages = new int[] {PASSAGES, PASSAGES};
            Map<String, Object[]> found = ((PerValueHighlighter) highlighter)
                    .highlight(new String[] {BODY, ATTACHMENT}, userQuery, docIds, passages);
            bodies = found.getOrDefault(BODY, bodies);
            attachments = found.getOrDefault(ATTACHMENT, attachments);
        }
        List<List<Snippet>> all = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            all.add(snippets(docs[i], fragments(bodies[i]), fragments(attachments[i])));
        }
        return all;
    }

    private static List<Fragment> fragments(Object formatted) {
        @SuppressWarnings("unchecked")
        List<Fragment> fragments = formatted instanceof List<?> list ? (List<Fragment>) list : List.of();
        return fragments;
    }

    private static List<Snippet> snippets(Document doc, List<Fragment> body, List<Fragment> attachment) {
        List<Snippet> snippets = new ArrayList<>();
        if (!body.isEmpty()) {
            snippets.add(new Snippet("body", null, null, join(body)));
        }
        if (!attachment.isEmpty()) {
            // The attachment of the first passage; only its passages are shown.
            IndexableField[] ids = doc.getFields(ATTACHMENT_ID);
            String[] names = doc.getValues(ATTACHMENT_NAME);
            int value = attachment.get(0).value();
            if (value < ids.length && value < names.length) {
                List<Fragment> same = attachment.stream().filter(f -> f.value() == value).toList();
                snippets.add(new Snippet("attachment", ids[value].numericValue().longValue(), names[value], join(same)));
            }
        }
        if (snippets.isEmpty()) {
            String summary = doc.get(SUMMARY) != null ? doc.get(SUMMARY) : doc.get(BODY);
            if (summary != null && !summary.isBlank()) {
                snippets.add(new Snippet("summary", null, null, escape(abbreviate(summary))));
            }
        }
        return snippets;
    }

    /** Which of the concatenated values holds this offset: the number of separators before it. */
    private static int valueAt(String content, int offset) {
        int value = 0;
        for (int i = content.indexOf(VALUE_SEPARATOR); i >= 0 && i < offset; i = content.indexOf(VALUE_SEPARATOR, i + 1)) {
            value++;
        }
        return value;
    }

    private static String join(List<Fragment> fragments) {
        return String.join(SEPARATOR, fragments.stream().map(Fragment::html).toList());
    }

    private static String abbreviate(String text) {
        return text.length() <= FRAGMENT_CHARS ? text : text.substring(0, FRAGMENT_CHARS) + "…";
    }

    private static String escape(String text) {
        return new SimpleHTMLEncoder().encodeText(text);
    }

    /** One passage: which value of the field it comes from (which attachment), and its escaped, marked-up text. */
    record Fragment(int value, String html) {
    }

    /** Formats each passage on its own, so the caller can tell which attachment it came from. */
    private static final class Fragments extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Fragment> fragments = new ArrayList<>();
            for (Passage passage : passages) {
                fragments.add(new Fragment(valueAt(content, passage.getStartOffset()), markUp(passage, content)));
            }
            return fragments;
        }

        private static String markUp(Passage passage, String content) {
            int start = passage.getStartOffset();
            int end = Math.min(passage.getEndOffset(), start + FRAGMENT_CHARS * 2); // long sentences are cut
            StringBuilder html = new StringBuilder();
            int position = start;
            int[] starts = Arrays.copyOf(passage.getMatchStarts(), passage.getNumMatches());
            int[] ends = Arrays.copyOf(passage.getMatchEnds(), passage.getNumMatches());
            for (int m = 0; m < starts.length; m++) {
                int matchStart = Math.max(starts[m], position);
                int matchEnd = Math.min(ends[m], end);
                if (matchStart >= matchEnd) {
                    continue; // overlaps the previous match (compound parts) or lies past the cut
                }
                html.append(escape(clean(content.substring(position, matchStart))))
                        .append("<mark>").append(escape(clean(content.substring(matchStart, matchEnd)))).append("</mark>");
                position = matchEnd;
            }
            html.append(escape(clean(content.substring(position, end))));
            return html.toString().strip() + (end < passage.getEndOffset() ? "…" : "");
        }

        private static String clean(String text) {
            return text.replace(VALUE_SEPARATOR, ' ');
        }
    }

    /** Exposes the formatted objects (not strings). */
    private static final class PerValueHighlighter extends UnifiedHighlighter {
        PerValueHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, passages);
        }
    }
}
