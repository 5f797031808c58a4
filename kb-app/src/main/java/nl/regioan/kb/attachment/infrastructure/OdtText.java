package nl.regioan.kb.attachment.infrastructure;

import nl.regioan.shared.api.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.regioan.kb.attachment.domain.RejectedFileException;
import org.apache.commons.io.input.ProxyInputStream;

/**
 * The text of an OpenDocument text file, read from its {@code content.xml}. Tika's ODF module is
 * not available from Maven Central here, and an ODT is just a zip with one XML part that matters.
 *
 * <p>Why the limits: the zip entry is inflated through a counter with the same guard POI applies to
 * DOCX and XLSX (after the first 100 KB an entry may not inflate to more than 100 times its
 * compressed size), and the XML parser is hardened (no DTD, no external entities), so a zip bomb or
 * an XXE payload is refused instead of filling memory or reading local files.
 */
final class OdtText {

    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    /** POI's ZipSecureFile defaults: MIN_INFLATE_RATIO 0.01 after a grace of 100 KB. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long GRACE_BYTES = 100 * 1024;

    private OdtText() {
    }

    static String extract(Path file, int maxChars) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw RejectedFileException.of("upload.odt.noContent");
            }
            try (InputStream in = new InflateGuard(zip.getInputStream(content), content.getCompressedSize())) {
                return text(in, maxChars);
            }
        } catch (ZipException e) {
            throw RejectedFileException.of("upload.damaged", Message.of("upload.kind.odt"));
        } catch (IOException e) {
            if (e instanceof ZipBombException) {
                throw RejectedFileException.of("upload.zipBomb");
            }
            throw RejectedFileException.of("upload.damaged", Message.of("upload.kind.odt"));
        }
    }

    /** The body text: paragraphs and headings on their own lines; spaces, tabs and breaks kept. */
    static String text(InputStream xml, int maxChars) throws IOException {
        StringBuilder text = new StringBuilder();
        XMLStreamReader reader = null;
        try {
            reader = hardenedFactory().createXMLStreamReader(xml);
            int inBody = 0;
            int skipped = 0; // inside annotations and other non-body elements that carry metadata
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = reader.getNamespaceURI();
                    String name = reader.getLocalName();
                    if (OFFICE_NS.equals(ns) && "body".equals(name)) {
                        inBody++;
                    } else if (inBody > 0 && OFFICE_NS.equals(ns) && "annotation".equals(name)) {
                        skipped++;
                    } else if (inBody > 0 && skipped == 0 && TEXT_NS.equals(ns)) {
                        switch (name) {
                            case "s" -> append(text, " ".repeat(spaces(reader)), maxChars);
                            case "tab" -> append(text, "\t", maxChars);
                            case "line-break" -> append(text, "\n", maxChars);
                            default -> { }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String ns = reader.getNamespaceURI();
                    String name = reader.getLocalName();
                    if (OFFICE_NS.equals(ns) && "body".equals(name)) {
                        inBody--;
                    } else if (inBody > 0 && OFFICE_NS.equals(ns) && "annotation".equals(name)) {
                        skipped--;
                    } else if (inBody > 0 && skipped == 0 && TEXT_NS.equals(ns) && ("p".equals(name) || "h".equals(name))) {
                        append(text, "\n", maxChars);
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && inBody > 0 && skipped == 0) {
                    append(text, reader.getText(), maxChars);
                }
            }
            return text.toString();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof ZipBombException bomb) {
                throw bomb;
            }
            if (e.getCause() instanceof ZipBombException bomb) {
                throw bomb;
            }
            throw RejectedFileException.of("upload.damaged", Message.of("upload.kind.odt"));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // closing a reader we are done with; nothing to keep
                }
            }
        }
    }

    private static int spaces(XMLStreamReader reader) {
        String count = reader.getAttributeValue(TEXT_NS, "c");
        try {
            return count == null ? 1 : Math.max(1, Math.min(Integer.parseInt(count), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void append(StringBuilder text, String part, int maxChars) {
        if (text.length() + part.length() > maxChars) {
            throw RejectedFileException.of("upload.tooMuchText", maxChars);
        }
        text.append(part);
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows these; SUPPORT_DTD=false already blocks external access
        }
    }

    /** Thrown from the stream, so it reaches us through the XML parser. */
    static final class ZipBombException extends IOException {
        ZipBombException() {
            super("the file expands far beyond its size (a zip bomb)");
        }
    }

    /** Counts inflated bytes and stops when they outgrow the compressed size too far. */
    static final class InflateGuard extends ProxyInputStream {

        private final long compressedSize;
        private long inflated;

        InflateGuard(InputStream in, long compressedSize) {
            super(in);
            this.compressedSize = compressedSize;
        }

        /** Called by ProxyInputStream after every read with the number of bytes read (EOF: -1). */
        @Override
        protected void afterRead(int bytes) throws IOException {
            if (bytes > 0) {
                counted(bytes);
            }
        }

        private void counted(int bytes) throws ZipBombException {
            inflated += bytes;
            if (inflated > GRACE_BYTES && (compressedSize < 0 || (double) compressedSize / inflated < MIN_INFLATE_RATIO)) {
                throw new ZipBombException();
            }
        }
    }
}
