package nl.regioan.kb.attachment.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The file types the knowledge base accepts, with the file-name extensions that may carry them. */
public final class AllowedTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String TEXT = "text/plain";

    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            PDF, Set.of("pdf"),
            DOCX, Set.of("docx"),
            XLSX, Set.of("xlsx"),
            ODT, Set.of("odt"),
            TEXT, Set.of("txt", "text", "md", "csv"));

    private AllowedTypes() {
    }

    public static boolean isAllowed(String mediaType) {
        return EXTENSIONS.containsKey(mediaType);
    }

    /** True when the name's extension fits the detected type (a PDF called report.docx does not). */
    public static boolean nameFits(String mediaType, String fileName) {
        return extension(fileName).map(ext -> EXTENSIONS.getOrDefault(mediaType, Set.of()).contains(ext)).orElse(false);
    }

    public static String describe() {
        return "PDF, DOCX, XLSX, ODT or plain text";
    }

    static Optional<String> extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
