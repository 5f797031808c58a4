package nl.regioan.search.infrastructure;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index directory with its writer, its searcher manager and the thread that reopens searchers
 * (at most about a second stale; {@link #waitFor} waits until a write is visible). Nothing mutable.
 */
final class IndexGeneration implements Closeable {

    private static final double MAX_STALE_SECONDS = 1.0;
    private static final double MIN_STALE_SECONDS = 0.02;

    final Path path;
    final String name;
    final IndexWriter writer;
    final SearcherManager manager;
    private final Directory directory;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

    private IndexGeneration(Path path, String name, Directory directory, IndexWriter writer, SearcherManager manager) {
        this.path = path;
        this.name = name;
        this.directory = directory;
        this.writer = writer;
        this.manager = manager;
        this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
        reopener.setName("search-index-reopen-" + name);
        reopener.setDaemon(true);
        reopener.start();
    }

    /** Opens the generation at {@code path}; {@code create} starts it empty, otherwise it must exist. */
    static IndexGeneration open(Path path, String name, DutchAnalysis analysis, boolean create) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                    .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            return new IndexGeneration(path, name, directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Waits (at most two seconds) until searches see the write with this sequence number. */
    void waitFor(long sequence) throws InterruptedException {
        reopener.waitForGeneration(sequence, 2000);
    }

    @Override
    public void close() throws IOException {
        reopener.close();
        manager.close();
        writer.close();
        directory.close();
    }
}
