package nl.regioan.kb.attachment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfEndTest {

    @TempDir
    Path dir;

    @Test
    void aWholePdfIsCompleteAndACutOneIsNot() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        assertTrue(PdfEnd.isComplete(Files.write(dir.resolve("whole.pdf"), pdf)));
        assertFalse(PdfEnd.isComplete(Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length - 20))));
        assertFalse(PdfEnd.isComplete(Files.write(dir.resolve("half.pdf"), Arrays.copyOf(pdf, pdf.length / 2))));
    }

    @Test
    void lineEndsAfterTheMarkerAreFineButMoreContentIsNot() {
        assertTrue(PdfEnd.isComplete("trailer\nstartxref\n123\n%%EOF\r\n".getBytes()));
        assertFalse(PdfEnd.isComplete("startxref\n123\n%%EOF\n4 0 obj".getBytes()));
        assertFalse(PdfEnd.isComplete("%%EOF".getBytes()));
        assertFalse(PdfEnd.isComplete(new byte[0]));
    }
}
