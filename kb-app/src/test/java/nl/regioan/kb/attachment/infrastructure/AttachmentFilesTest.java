package nl.regioan.kb.attachment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.regioan.kb.attachment.domain.AttachmentStore;
import nl.regioan.kb.attachment.domain.FileTooLargeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentFilesTest {

    @TempDir
    Path dataDir;

    private final AttachmentFiles files = new AttachmentFiles();

    @BeforeEach
    void configure() {
        files.dataDir = dataDir.toString();
        files.maxBytes = 1000;
    }

    /** An endless upload that counts what was taken from it. */
    private static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            taken += length;
            return length;
        }
    }

    @Test
    void anUploadBeyondTheLimitIsReadOnlyToTheFirstByteTooManyAndLeavesNoFile() throws IOException {
        Endless upload = new Endless();
        FileTooLargeException refused = assertThrows(FileTooLargeException.class, () -> files.receive(upload));
        assertEquals(1001, upload.taken, "reading stops at limit + 1");
        assertTrue(refused.getMessage().endsWith(" MB"), refused.getMessage());
        try (Stream<Path> left = Files.walk(dataDir)) {
            assertEquals(0, left.filter(Files::isRegularFile).count(), "no temporary file is left");
        }
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        AttachmentStore.Received received = files.receive(new ByteArrayInputStream(new byte[1000]));
        assertEquals(1000, received.size());
        files.discard(received);
    }

    @Test
    void theLimitIsNamedInMegabytes() {
        assertEquals("25", FileTooLargeException.megabytes(26_214_400));
        assertEquals("1", FileTooLargeException.megabytes(1_048_576));
        assertEquals("0.5", FileTooLargeException.megabytes(524_288));
        assertTrue(new FileTooLargeException(26_214_400).getMessage().contains("limit of 25 MB"));
    }
}
