package nl.regioan.kb.attachment.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadFileNameTest {

    private static final String NAME = "Übersicht café €.txt";

    private static String asTheContainerReadsIt(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void rawUtf8BytesReadAsLatin1AreDecodedAgain() {
        String garbled = asTheContainerReadsIt(NAME);
        assertEquals(NAME, UploadFileName.of("form-data; name=\"file\"; filename=\"" + garbled + "\"", garbled));
    }

    @Test
    void aRealLatin1NameAndAsciiStayAsTheyAre() {
        assertEquals("café.txt", UploadFileName.utf8Again("café.txt"), "é alone is not valid UTF-8");
        assertEquals("plain.txt", UploadFileName.of(null, "plain.txt"));
        assertEquals("€.txt", UploadFileName.utf8Again("€.txt"), "beyond ISO-8859-1: already decoded");
    }

    @Test
    void theExtendedParameterWinsAndADecomposedNameBecomesNfc() {
        assertEquals(NAME, UploadFileName.of(
                "form-data; name=\"file\"; filename=\"x.txt\"; filename*=UTF-8''%C3%9Cbersicht%20caf%C3%A9%20%E2%82%AC.txt", "x.txt"));
        assertEquals("café.txt", UploadFileName.of(null, asTheContainerReadsIt("cafe\u0301.txt")));
        assertEquals("x.txt", UploadFileName.of("form-data; filename*=UTF-8''%E2%82", "x.txt"), "a broken escape is ignored");
    }

    @Test
    void downloadsNameTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"_bersicht caf_ _.txt\"; filename*=UTF-8''%C3%9Cbersicht%20caf%C3%A9%20%E2%82%AC.txt",
                UploadFileName.contentDisposition(NAME));
        assertEquals("attachment; filename=\"a_b*.txt\"; filename*=UTF-8''a%22b%2A.txt", UploadFileName.contentDisposition("a\"b*.txt"));
    }
}
