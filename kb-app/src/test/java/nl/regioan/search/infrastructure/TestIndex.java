package nl.regioan.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ContentStatus;
import nl.regioan.access.domain.Visibility;
import nl.regioan.access.domain.Role;
import nl.regioan.search.domain.Completions;
import nl.regioan.search.domain.SearchRequest;
import nl.regioan.search.domain.SearchResult;
import nl.regioan.search.domain.SearchableItem;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An in-memory index of fixture items, searched exactly as production searches. */
final class TestIndex implements AutoCloseable {

    static final AccessPolicy POLICY = new AccessPolicy();
    static final Actor EDITOR = actor(null, Role.EDITOR);
    static final Actor READER_NIJMEGEN = actor(268L, Role.READER);

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DutchAnalysis analysis;
    private DirectoryReader reader;

    TestIndex(DutchAnalysis analysis, List<SearchableItem> items) {
        this.analysis = analysis;
        ItemDocuments documents = new ItemDocuments(POLICY);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
            for (SearchableItem item : items) {
                writer.updateDocument(ItemDocuments.idTerm(item.id()), documents.build(item));
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestIndex withSeedSynonyms(SearchableItem... items) {
        return new TestIndex(DutchAnalysis.withSynonyms(seedSynonyms()), List.of(items));
    }

    SearchResult search(SearchRequest request, Actor actor) {
        try {
            return new TrimmedSearch(new IndexSearcher(reader), analysis, POLICY.grantsOf(actor)).search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SearchResult search(String text) {
        return search(SearchRequest.of(text), EDITOR);
    }

    List<Long> ids(String text) {
        return search(text).hits().stream().map(SearchResult.Hit::id).toList();
    }

    Completions complete(String typed, Actor actor) {
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            TrimmedSearch trimmed = new TrimmedSearch(searcher, analysis, POLICY.grantsOf(actor));
            return new Autocomplete(searcher, analysis, trimmed).complete(typed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    static Actor actor(Long municipalityId, Role... roles) {
        return new Actor(1, "test", municipalityId, roles.length == 0 ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(Arrays.asList(roles)));
    }

    /** The groups seeded by the V30 migration, read from the SQL so test and seed cannot drift. */
    static List<List<String>> seedSynonyms() {
        try {
            String sql = Files.readString(Path.of("../db/src/main/resources/db/migration/V30__search_synonyms.sql"));
            List<List<String>> groups = new ArrayList<>();
            Matcher matcher = Pattern.compile("\\('([^']+)', CURRENT_TIMESTAMP").matcher(sql);
            while (matcher.find()) {
                groups.add(Arrays.stream(matcher.group(1).split(",")).map(String::strip).toList());
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A published regional item with just a title and body. */
    static SearchableItem item(long id, String title, String body) {
        return new SearchableItem(id, "best-practice", title, null, body, List.of(), List.of("1"), List.of("1.1"),
                null, null, null, Visibility.REGION, ContentStatus.PUBLISHED, 2024, Instant.ofEpochSecond(id), List.of());
    }

    static SearchableItem item(long id, String kind, String title, String body, String theme, Long owner,
                               String cbs, String subregion, Visibility visibility, ContentStatus status, int year,
                               List<SearchableItem.Attachment> attachments) {
        return new SearchableItem(id, kind, title, null, body, List.of(), List.of(theme), List.of(theme + ".1"),
                owner, cbs, subregion, visibility, status, year, Instant.ofEpochSecond(1_700_000_000L + id), attachments);
    }

    static Set<Long> set(List<Long> ids) {
        return Set.copyOf(ids);
    }
}
