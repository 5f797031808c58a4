package nl.regioan.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes OpenDocument text files the way office suites write them: an uncompressed {@code mimetype}
 * entry first (that is what identifies the type from the content), then {@code content.xml}.
 */
public final class OdtFixture {

    public static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

    private OdtFixture() {
    }

    /** An ODT with a heading and one paragraph per line of {@code paragraphs}. */
    public static byte[] withText(String heading, String... paragraphs) {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">").append(escape(heading)).append("</text:h>");
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
        }
        return withContentXml(contentXml(body.toString()));
    }

    public static String contentXml(String officeTextBody) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>" + officeTextBody + "</office:text></office:body></office:document-content>";
    }

    public static byte[] withContentXml(String contentXml) {
        return withContent(contentXml.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] withContent(byte[] contentXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** content.xml that inflates about a thousandfold (40 MB of one letter). */
    public static byte[] zipBomb() {
        String xmlText = contentXml("<text:p>BOMB</text:p>");
        String start = xmlText.substring(0, xmlText.indexOf("BOMB"));
        String end = xmlText.substring(xmlText.indexOf("BOMB") + 4);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xml.writeBytes(start.getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 40; i++) {
            xml.writeBytes(chunk);
        }
        xml.writeBytes(end.getBytes(StandardCharsets.UTF_8));
        return withContent(xml.toByteArray());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
