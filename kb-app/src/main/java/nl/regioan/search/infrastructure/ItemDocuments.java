package nl.regioan.search.infrastructure;

import static nl.regioan.search.infrastructure.IndexFields.*;

import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.search.domain.SearchableItem;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene document of an item; every field's purpose is said where it is added. */
final class ItemDocuments {

    /** Attachment text kept for snippets; matching uses all of it. */
    static final int STORED_ATTACHMENT_CHARS = 100_000;

    /** Body and attachment text: offsets in the postings let snippets be made without re-analysing the text. */
    private static final FieldType STORED_WITH_OFFSETS = storedWithOffsets();

    private final AccessPolicy policy;

    ItemDocuments(AccessPolicy policy) {
        this.policy = policy;
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    Document build(SearchableItem item) {
        Document doc = new Document();
        // Identity: a keyword term to update/delete by, doc values to compare with the database on catch-up.
        doc.add(new StringField(ID, Long.toString(item.id()), Store.YES));
        doc.add(new NumericDocValuesField(ID_NUMBER, item.id()));
        long updated = item.updatedAt() == null ? 0 : item.updatedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(UPDATED, updated)); // also the sort of an empty query (newest first)

        // Security trimming: the policy's access terms, matched by a FILTER clause with the reader's grants.
        for (String term : policy.accessTermsOf(item.access())) {
            doc.add(new StringField(ACCESS, term, Store.NO));
        }

        // Facets and filters: keyword terms to filter on, sorted-set doc values to count, stored to show.
        keyword(doc, KIND, item.kind());
        item.themes().forEach(theme -> keyword(doc, THEME, theme));
        item.blocks().forEach(block -> keyword(doc, BLOCK, block));
        keyword(doc, MUNICIPALITY, item.municipality());
        keyword(doc, SUBREGION, item.subregion());
        keyword(doc, YEAR, Integer.toString(item.year()));

        // Text per field, for field prefixes (titel:, bijlage:) and snippets; stored where shown.
        text(doc, TITLE, item.title(), Store.YES);
        doc.add(new TextField(TITLE_PREFIX, nullToEmpty(item.title()), Store.NO)); // edge n-grams for autocomplete
        doc.add(new StoredField(STATUS, item.access().status().name()));
        if (item.summary() != null) {
            doc.add(new StoredField(SUMMARY, item.summary()));
        }
        if (item.body() != null && !item.body().isBlank()) {
            doc.add(new Field(BODY, item.body(), STORED_WITH_OFFSETS));
        }
        item.tags().forEach(tag -> text(doc, TAG, tag, Store.YES));
        for (SearchableItem.Attachment attachment : item.attachments()) {
            // Stored as indexed (truncated alike), so the offsets in the postings fit the stored text;
            // ALL below still matches the whole text. One value per attachment, even an empty one,
            // so the parallel stored values below say which attachment a snippet came from.
            doc.add(new Field(ATTACHMENT, truncate(attachment.text()), STORED_WITH_OFFSETS));
            doc.add(new StoredField(ATTACHMENT_ID, attachment.id()));
            doc.add(new StoredField(ATTACHMENT_NAME, nullToEmpty(attachment.fileName())));
        }

        // ALL (stemmed, compounds split) must match; EXACT (unstemmed) ranks exact forms higher.
        for (String value : searchableTexts(item)) {
            doc.add(new TextField(ALL, value, Store.NO));
            doc.add(new TextField(EXACT, value, Store.NO));
        }
        return doc;
    }

    private static List<String> searchableTexts(SearchableItem item) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(nullToEmpty(item.title()));
        texts.add(nullToEmpty(item.summary()));
        texts.add(nullToEmpty(item.body()));
        texts.addAll(item.tags());
        for (SearchableItem.Attachment attachment : item.attachments()) {
            texts.add(nullToEmpty(attachment.fileName()));
            texts.add(nullToEmpty(attachment.text()));
        }
        return texts;
    }

    private static FieldType storedWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void text(Document doc, String field, String value, Store store) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, store));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** At most the stored length, and without NUL: the highlighter separates attachment texts with it. */
    private static String truncate(String text) {
        String value = nullToEmpty(text).replace('\u0000', ' ');
        return value.length() <= STORED_ATTACHMENT_CHARS ? value : value.substring(0, STORED_ATTACHMENT_CHARS);
    }
}
