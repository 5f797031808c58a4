package nl.regioan.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives that look like office documents but unpack to far more than a server should hold. */
public final class ZipBombs {

    private ZipBombs() {
    }

    /**
     * A DOCX whose document.xml inflates to about {@code inflatedBytes}, made of numbered paragraphs so
     * that it compresses about sixtyfold, less than a hundredfold: POI's ratio guard lets it through, and
     * POI would then build the whole document in memory. 40 MB inflated is about 0.65 MB to upload.
     */
    public static byte[] disguisedDocx(long inflatedBytes) {
        return docx(body -> {
            long written = 0;
            StringBuilder chunk = new StringBuilder();
            for (long i = 0; written < inflatedBytes; i++) {
                chunk.append("<w:p><w:r><w:t>Regel ").append(i / 5).append("</w:t></w:r></w:p>");
                if (chunk.length() > 1 << 16) {
                    byte[] part = chunk.toString().getBytes(StandardCharsets.US_ASCII);
                    body.write(part);
                    written += part.length;
                    chunk.setLength(0);
                }
            }
        });
    }

    /** A DOCX whose document.xml inflates about a thousandfold (40 MB of one letter): POI's own guard refuses it. */
    public static byte[] thousandfoldDocx() {
        return docx(body -> {
            body.write("<w:p><w:r><w:t>".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                body.write(chunk);
            }
            body.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** What goes between {@code <w:body>} and {@code </w:body>}. */
    private interface Body {
        void writeTo(OutputStream body) throws IOException;
    }

    private static byte[] docx(Body content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            content.writeTo(zip);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
