package nl.regioan.kb.attachment.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadLimitFilterTest {

    @Test
    void aBodyWithoutLengthIsCutOffOnceItPassesTheLimit() throws IOException {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[5000]);
        InputStream limited = new UploadLimitFilter.LimitedBody(body, 3000, 2000);
        byte[] buffer = new byte[1000];
        assertEquals(1000, limited.read(buffer));
        assertEquals(1000, limited.read(buffer));
        assertEquals(1000, limited.read(buffer));
        // UploadTooLargeException needs the JAX-RS runtime to be built; its 413 is checked by KnowledgeBaseApiIT
        assertThrows(RuntimeException.class, () -> limited.read(buffer));
        assertEquals(0, body.available(), "the small rest was swallowed so the client can read the answer");
    }

    @Test
    void aBodyWithinTheLimitPassesUntouched() throws IOException {
        InputStream limited = new UploadLimitFilter.LimitedBody(new ByteArrayInputStream(new byte[3000]), 3000, 2000);
        assertEquals(3000, limited.readAllBytes().length);
    }

    @Test
    void whatIsLeftOfARefusedBodyIsSwallowedOnlyUpToTheCap() throws IOException {
        ByteArrayInputStream rest = new ByteArrayInputStream(new byte[10_000]);
        UploadLimitFilter.discardAtMost(rest, 4_000);
        assertEquals(6_000, rest.available());
    }
}
