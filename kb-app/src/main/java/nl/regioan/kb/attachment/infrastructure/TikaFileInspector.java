package nl.regioan.kb.attachment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.regioan.kb.attachment.domain.AllowedTypes;
import nl.regioan.kb.attachment.domain.FileInspector;
import nl.regioan.kb.attachment.domain.InspectedFile;
import nl.regioan.kb.attachment.domain.RejectedFileException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xml.sax.SAXException;

/**
 * Apache Tika: the type comes from the bytes (the name is not given to the detector), then the text
 * is extracted with a cap on its length and on the time it may take, so a zip bomb or a hostile
 * PDF is refused instead of filling memory or holding a thread. ODT text comes from {@link OdtText}
 * (Tika's ODF module is not available here), under the same limits.
 */
@ApplicationScoped
public class TikaFileInspector implements FileInspector {

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();

    @Inject
    @ConfigProperty(name = "kb.attachments.max-text-chars", defaultValue = "5000000")
    int maxTextChars;

    @Inject
    @ConfigProperty(name = "kb.attachments.parse-timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "kb.attachments.max-inflated-bytes", defaultValue = "67108864")
    long maxInflatedBytes;

    @Inject
    @ConfigProperty(name = "kb.attachments.max-archive-entries", defaultValue = "10000")
    int maxArchiveEntries;

    @Resource
    ManagedExecutorService executor;

    @Override
    public InspectedFile inspect(Path file, String fileName) {
        // An archive is measured by what it really inflates to before the detector or a parser opens it.
        try {
            if (ArchiveGuard.looksLikeZip(file)) {
                ArchiveGuard.check(file, maxInflatedBytes, maxArchiveEntries);
            }
        } catch (IOException e) {
            throw new RejectedFileException("the file could not be read");
        }
        String mediaType = detect(file);
        if (!AllowedTypes.isAllowed(mediaType)) {
            throw new RejectedFileException("the content is " + mediaType + ", which is not allowed; upload "
                    + AllowedTypes.describe());
        }
        if (!AllowedTypes.nameFits(mediaType, fileName)) {
            throw new RejectedFileException("the name '" + fileName + "' does not fit the content (" + mediaType
                    + "); rename the file or upload the right one");
        }
        if (AllowedTypes.PDF.equals(mediaType) && !PdfEnd.isComplete(file)) {
            throw new RejectedFileException("the PDF is damaged or incomplete (it does not end with %%EOF, so part of it is missing);"
                    + " upload the whole file");
        }
        Future<String> text = executor.submit(() -> extract(file, mediaType));
        try {
            return new InspectedFile(mediaType, text.get(timeoutSeconds, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            text.cancel(true);
            throw new RejectedFileException("reading the file took longer than " + timeoutSeconds + " seconds");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedFileException("reading the file was interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RejectedFileException rejected ? rejected
                    : new RejectedFileException("the file could not be read: " + e.getCause().getMessage());
        }
    }

    private static String detect(Path file) {
        Detector detector = TIKA.getDetector();
        try (TikaInputStream stream = TikaInputStream.get(file)) {
            MediaType type = detector.detect(stream, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            if (mentionsZipBomb(e)) {
                throw new RejectedFileException("the file expands far beyond its size (a zip bomb)");
            }
            throw new RejectedFileException("the file could not be read");
        }
    }

    private String extract(Path file, String mediaType) {
        if (AllowedTypes.ODT.equals(mediaType)) {
            return OdtText.extract(file, maxTextChars);
        }
        BodyContentHandler handler = new BodyContentHandler(maxTextChars);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        try (InputStream stream = TikaInputStream.get(file)) {
            new AutoDetectParser(TIKA).parse(stream, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new RejectedFileException("the file expands to more than " + maxTextChars
                        + " characters of text (a zip bomb?)");
            }
            throw damaged(mediaType, e);
        } catch (TikaException | IOException | RuntimeException e) {
            if (mentionsZipBomb(e)) {
                throw new RejectedFileException("the file expands far beyond its size (a zip bomb)");
            }
            throw damaged(mediaType, e);
        }
    }

    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static RejectedFileException damaged(String mediaType, Exception e) {
        return new RejectedFileException("the " + shortName(mediaType) + " is damaged and cannot be read");
    }

    private static String shortName(String mediaType) {
        return switch (mediaType) {
            case AllowedTypes.PDF -> "PDF";
            case AllowedTypes.DOCX -> "DOCX file";
            case AllowedTypes.XLSX -> "XLSX file";
            case AllowedTypes.ODT -> "ODT file";
            default -> "file";
        };
    }
}
