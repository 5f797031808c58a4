package nl.regioan.kb.attachment.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import nl.regioan.kb.attachment.domain.FileTooLargeException;

/**
 * The request body passed the upload limit while it arrived. A WebApplicationException, so that it
 * passes unwrapped through the multipart reader to {@link UploadTooLargeMapper}.
 */
public class UploadTooLargeException extends WebApplicationException {

    private final long maxBytes;

    public UploadTooLargeException(long maxBytes) {
        super(new FileTooLargeException(maxBytes).getMessage(), 413);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
