package nl.regioan.kb.attachment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import nl.regioan.kb.attachment.domain.AttachmentStore;
import nl.regioan.kb.attachment.domain.FileTooLargeException;
import nl.regioan.kb.attachment.domain.RejectedFileException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachment bytes on the file system under {@code ${kb.data.dir}/attachments}, outside the web
 * root. Uploads land in a temporary file first (counted against the size limit while they arrive)
 * and are only moved into place once they passed every check.
 */
@ApplicationScoped
public class AttachmentFiles implements AttachmentStore {

    @Inject
    @ConfigProperty(name = "kb.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "kb.attachments.max-bytes", defaultValue = "26214400")
    long maxBytes;

    @Override
    public Received receive(InputStream content) {
        try {
            Path incoming = Files.createDirectories(root().resolve("incoming"));
            Path file = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                size = copyAtMost(content, out, maxBytes + 1);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            if (size > maxBytes) {
                Files.deleteIfExists(file);
                throw new FileTooLargeException(maxBytes);
            }
            if (size == 0) {
                Files.deleteIfExists(file);
                throw RejectedFileException.of("upload.empty");
            }
            return new Received(file, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    /** Copies until the end or until {@code limit} bytes, whichever comes first; never reads further. */
    private static long copyAtMost(InputStream content, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int read;
        while (size < limit && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit - size))) != -1) {
            out.write(buffer, 0, read);
            size += read;
        }
        return size;
    }

    @Override
    public String keep(Received received) {
        String key = UUID.randomUUID().toString();
        try {
            Files.move(received.file(), path(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(Received received) {
        deleteQuietly(received.file());
    }

    @Override
    public void delete(String key) {
        deleteQuietly(path(key));
    }

    @Override
    public Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root().resolve(key);
    }

    private Path root() {
        try {
            return Files.createDirectories(Path.of(dataDir, "attachments").toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to do: a stray temporary file is harmless and cleaned with the data directory
        }
    }
}
