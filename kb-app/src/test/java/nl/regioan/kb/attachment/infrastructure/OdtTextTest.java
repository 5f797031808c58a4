package nl.regioan.kb.attachment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.regioan.kb.attachment.domain.AllowedTypes;
import nl.regioan.kb.attachment.domain.RejectedFileException;
import nl.regioan.testsupport.OdtFixture;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtTextTest {

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload-", ".part"), content);
    }

    @Test
    void theTypeIsRecognisedFromTheContentWithoutAName() throws IOException {
        Path odt = file(OdtFixture.withText("Kop", "Tekst"));
        try (InputStream stream = TikaInputStream.get(odt)) {
            assertEquals(AllowedTypes.ODT,
                    TikaConfig.getDefaultConfig().getDetector().detect(stream, new Metadata()).getBaseType().toString());
        }
    }

    @Test
    void paragraphsHeadingsSpacesAndTabsBecomeText() throws IOException {
        Path odt = file(OdtFixture.withContentXml(OdtFixture.contentXml(
                "<text:h>Huisvesting arbeidsmigranten</text:h>"
                        + "<text:p>Eerste<text:s text:c=\"3\"/>regel<text:tab/>met tab<text:line-break/>en breuk</text:p>"
                        + "<text:p>Tweede <text:span>regel</text:span> &amp; meer"
                        + "<office:annotation><text:p>notitie van de redactie</text:p></office:annotation></text:p>")));
        String text = OdtText.extract(odt, 10_000);
        assertEquals("Huisvesting arbeidsmigranten\nEerste   regel\tmet tab\nen breuk\nTweede regel & meer\n", text);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb = file(OdtFixture.zipBomb());
        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> OdtText.extract(bomb, 100_000_000));
        assertTrue(refused.getMessage().contains("zip bomb"), refused.getMessage());
    }

    @Test
    void textBeyondTheLimitIsRefused() throws IOException {
        Path odt = file(OdtFixture.withText("Kop", "x".repeat(2_000)));
        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> OdtText.extract(odt, 1_000));
        assertTrue(refused.getMessage().contains("1000 characters"), refused.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "GEHEIM");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + OdtFixture.contentXml("<text:p>&x;</text:p>").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        Path odt = file(OdtFixture.withContentXml(xxe));
        try {
            assertFalse(OdtText.extract(odt, 10_000).contains("GEHEIM"));
        } catch (RejectedFileException refused) {
            assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        }
    }

    @Test
    void aZipWithoutContentOrNotAZipIsDamaged() throws IOException {
        Path garbage = file("PK\u0003\u0004 kapot".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        RejectedFileException refused = assertThrows(RejectedFileException.class, () -> OdtText.extract(garbage, 1_000));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }
}
