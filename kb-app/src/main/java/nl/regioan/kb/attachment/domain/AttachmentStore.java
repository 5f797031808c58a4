package nl.regioan.kb.attachment.domain;

import java.io.InputStream;
import java.nio.file.Path;

/** Where attachment bytes are kept: an upload arrives in a temporary place and is kept only once checked. */
public interface AttachmentStore {

    /** A received upload in a temporary file, with its size and SHA-256. */
    record Received(Path file, long size, String sha256) {
    }

    /**
     * Copies the upload to a temporary file, counting the bytes as they arrive and stopping at the
     * first byte beyond {@link #maxBytes()} ({@link FileTooLargeException}); an empty one is a
     * {@link RejectedFileException}.
     */
    Received receive(InputStream content);

    /** The configured size limit of one attachment. */
    long maxBytes();

    /** Moves a checked upload into the store; returns its storage key. */
    String keep(Received received);

    void discard(Received received);

    void delete(String key);

    Path path(String key);
}
