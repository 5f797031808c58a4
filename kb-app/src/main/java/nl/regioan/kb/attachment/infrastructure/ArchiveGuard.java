package nl.regioan.kb.attachment.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.regioan.kb.attachment.domain.RejectedFileException;

/**
 * Checks a zip-based upload (DOCX, XLSX, ODT, or anything that starts like a zip) by what it really
 * inflates to, before any parser builds a document from it. Every entry is inflated once into a small
 * buffer that is thrown away while the bytes are counted, so the declared sizes in the archive (which
 * an attacker writes) are never trusted: the check stops as soon as the whole archive inflates to more
 * than {@code maxInflatedBytes} (the limit a disguised bomb with a ratio just under POI's passes), an
 * entry inflates to more than 100 times its compressed size after its first 100 KB (POI's own guard,
 * {@link OdtText.InflateGuard}), or the archive has more than {@code maxEntries} entries. Its cost is
 * bounded by the limits, not by the file.
 */
final class ArchiveGuard {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private ArchiveGuard() {
    }

    static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    /** Refuses the archive with a reason a person can act on, or returns when it is within the limits. */
    static void check(Path file, long maxInflatedBytes, int maxEntries) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw new RejectedFileException("the archive holds more than " + maxEntries + " parts (a zip bomb?)");
                }
                try (InputStream in = new OdtText.InflateGuard(zip.getInputStream(entry), entry.getCompressedSize())) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        total += read;
                        if (total > maxInflatedBytes) {
                            throw new RejectedFileException("the file expands to more than " + maxInflatedBytes / (1024 * 1024)
                                    + " MB when unpacked (a zip bomb); upload a smaller file");
                        }
                    }
                }
            }
        } catch (OdtText.ZipBombException e) {
            throw new RejectedFileException(e.getMessage());
        } catch (ZipException e) {
            throw new RejectedFileException("the archive is damaged and cannot be read");
        } catch (IOException e) {
            throw new RejectedFileException("the archive is damaged and cannot be read");
        }
    }
}
