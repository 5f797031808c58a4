package nl.regioan.kb.attachment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.regioan.kb.attachment.domain.RejectedFileException;
import nl.regioan.testsupport.OdtFixture;
import nl.regioan.testsupport.ZipBombs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveGuardTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload-", ".part"), content);
    }

    @Test
    void aBombThatPassesTheRatioGuardIsRefusedByItsRealInflatedSize() throws IOException {
        Path bomb = file(ZipBombs.disguisedDocx(20 * MB));
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            ZipEntry document = zip.getEntry("word/document.xml");
            double ratio = (double) document.getSize() / document.getCompressedSize();
            assertTrue(ratio < 100, "the fixture must pass POI's hundredfold guard, ratio " + ratio);
        }
        assertTrue(ArchiveGuard.looksLikeZip(bomb));
        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> ArchiveGuard.check(bomb, 8 * MB, 1000));
        assertTrue(refused.getMessage().contains("more than 8 MB"), refused.getMessage());
        assertTrue(refused.getMessage().contains("zip bomb"), refused.getMessage());
    }

    @Test
    void aClassicBombIsRefusedByItsRatio() throws IOException {
        Path bomb = file(OdtFixture.zipBomb());
        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> ArchiveGuard.check(bomb, 1024 * MB, 1000));
        assertTrue(refused.getMessage().contains("zip bomb"), refused.getMessage());
    }

    @Test
    void anArchiveOfTooManyPartsIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 50; i++) {
                zip.putNextEntry(new ZipEntry("part" + i));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
            }
        }
        Path many = file(bytes.toByteArray());
        assertThrows(RejectedFileException.class, () -> ArchiveGuard.check(many, MB, 49));
        assertDoesNotThrow(() -> ArchiveGuard.check(many, MB, 50));
    }

    @Test
    void anOrdinaryDocumentPassesAndATruncatedArchiveIsDamaged() throws IOException {
        byte[] odt = OdtFixture.withText("Kop", "Tekst");
        assertDoesNotThrow(() -> ArchiveGuard.check(file(odt), MB, 100));
        byte[] cut = java.util.Arrays.copyOf(odt, odt.length / 2);
        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> ArchiveGuard.check(file(cut), MB, 100));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        assertFalse(ArchiveGuard.looksLikeZip(file("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));
    }
}
