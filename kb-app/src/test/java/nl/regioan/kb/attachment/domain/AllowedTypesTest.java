package nl.regioan.kb.attachment.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllowedTypesTest {

    @Test
    void onlyTheFiveDocumentTypesAreAllowed() {
        assertTrue(AllowedTypes.isAllowed(AllowedTypes.PDF));
        assertTrue(AllowedTypes.isAllowed(AllowedTypes.DOCX));
        assertTrue(AllowedTypes.isAllowed(AllowedTypes.TEXT));
        assertFalse(AllowedTypes.isAllowed("application/x-msdownload"));
        assertFalse(AllowedTypes.isAllowed("text/html"));
    }

    @Test
    void theNameMustFitTheContent() {
        assertTrue(AllowedTypes.nameFits(AllowedTypes.PDF, "Beleid.PDF"));
        assertFalse(AllowedTypes.nameFits(AllowedTypes.TEXT, "tekst.pdf"));
        assertFalse(AllowedTypes.nameFits(AllowedTypes.PDF, "zonder-extensie"));
        assertTrue(AllowedTypes.nameFits(AllowedTypes.XLSX, "cijfers.xlsx"));
    }
}
