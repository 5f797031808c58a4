package nl.regioan.kb.attachment.domain;

import java.io.InputStream;
import java.nio.file.Path;

/** Where attachment bytes are kept: an upload arrives in a temporary place and is kept only once checked. */
public interface AttachmentStore {

    /** A received upload in a temporary file, with its size and SHA-256. */
    record Received(Path file, long size, String sha256) {
    }

    /** Reads the upload, refusing it ({@link RejectedFileException}) when it is empty or too large. */
    Received receive(InputStream content);

    /** Moves a checked upload into the store; returns its storage key. */
    String keep(Received received);

    void discard(Received received);

    void delete(String key);

    Path path(String key);
}
