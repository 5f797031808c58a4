package nl.regioan.kb.attachment.infrastructure;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Whether a PDF arrived whole. A PDF ends with "startxref", the offset of its cross-reference and
 * "%%EOF" (ISO 32000-1, 7.5.5; readers look for it in the last 1024 bytes). PDFBox reads a truncated file
 * leniently and finds some text, so without this check a cut-off upload was stored as if it were fine.
 */
final class PdfEnd {

    static final int TAIL = 1024;

    private PdfEnd() {
    }

    static boolean isComplete(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(TAIL, length);
            byte[] tail = new byte[size];
            in.seek(length - size);
            in.readFully(tail);
            return isComplete(tail);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isComplete(byte[] tail) {
        String end = new String(tail, StandardCharsets.ISO_8859_1);
        int eof = end.lastIndexOf("%%EOF");
        int startxref = end.lastIndexOf("startxref");
        // only line ends and NUL padding may follow %%EOF
        return eof >= 0 && startxref >= 0 && startxref < eof && end.substring(eof + 5).replaceAll("[\\r\\n\\t \\x00]", "").isEmpty();
    }
}
