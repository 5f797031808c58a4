package nl.regioan.kb.attachment.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import nl.regioan.kb.attachment.domain.AttachmentStore;
import org.apache.commons.io.input.ProxyInputStream;

/**
 * Refuses an oversized upload before its body is read: a Content-Length beyond the limit is answered
 * 413 at once, and a body without one (chunked) is cut off as soon as it passes the limit. Runs after
 * the role check, so only a permitted writer learns the limit. The exact limit on the file itself is
 * counted again while it is copied ({@link AttachmentStore#receive}).
 */
@Provider
@UploadLimited
@ApplicationScoped
@Priority(Priorities.USER)
public class UploadLimitFilter implements ContainerRequestFilter {

    /** Room for the multipart boundaries and part headers around the file itself. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    /**
     * Why swallow at all: a client still sending its body often cannot read an early answer when the
     * connection closes under it. Like Tomcat's maxSwallowSize, up to 2 MB more is read and thrown
     * away (never kept) so the 413 arrives; a larger rest is cut off with the connection.
     */
    static final long SWALLOW_BYTES = 2 * 1024 * 1024;

    @Inject
    AttachmentStore store;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBody = store.maxBytes() + ENVELOPE_BYTES;
        if (request.getLength() > maxBody) {
            discardAtMost(request.getEntityStream(), SWALLOW_BYTES);
            throw new UploadTooLargeException(store.maxBytes());
        }
        request.setEntityStream(new LimitedBody(request.getEntityStream(), maxBody, store.maxBytes()));
    }

    /** Stops reading at the first byte beyond the limit. */
    static final class LimitedBody extends ProxyInputStream {

        private final long maxBody;
        private final long maxFileBytes;
        private long count;

        LimitedBody(InputStream in, long maxBody, long maxFileBytes) {
            super(in);
            this.maxBody = maxBody;
            this.maxFileBytes = maxFileBytes;
        }

        /** Called by ProxyInputStream after every read with the number of bytes read (EOF: -1). */
        @Override
        protected void afterRead(int bytes) throws IOException {
            if (bytes > 0) {
                counted(bytes);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) {
            count += bytes;
            if (count > maxBody) {
                discardAtMost(in, SWALLOW_BYTES);
                throw new UploadTooLargeException(maxFileBytes);
            }
        }
    }

    /** Reads and drops what is left of a refused body, up to {@code max} bytes. */
    static void discardAtMost(InputStream in, long max) {
        byte[] buffer = new byte[16 * 1024];
        long discarded = 0;
        try {
            int read;
            while (discarded < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - discarded))) != -1) {
                discarded += read;
            }
        } catch (IOException e) {
            // the client gave up; the refusal stands
        }
    }
}
