package nl.regioan.kb.attachment.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.regioan.kb.attachment.domain.FileTooLargeException;

/** The file passed the size limit while it was copied to its temporary place: the same 413 as while arriving. */
@Provider
public class FileTooLargeMapper implements ExceptionMapper<FileTooLargeException> {

    @Override
    public Response toResponse(FileTooLargeException exception) {
        return UploadTooLargeMapper.tooLarge(exception.maxBytes());
    }
}
