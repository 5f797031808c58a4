package nl.regioan.kb.attachment.domain;

import java.nio.file.Path;

/**
 * Checks an uploaded file from its content (never its name alone) and extracts its text.
 * Throws {@link RejectedFileException} for a type that is not allowed, a name that does not fit the
 * content, a damaged file, or one that expands too far (zip bomb) or takes too long to read.
 */
public interface FileInspector {

    InspectedFile inspect(Path file, String fileName);
}
