package nl.regioan.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailLine;
import nl.regioan.mail.domain.RenderedMail;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.Messages;
import org.junit.jupiter.api.Test;

class RenderMailTest {

    private static final MailSite SITE = new MailSite("https://kb.example/");
    private static final String TOKEN = "t".repeat(43);
    private static final String TITLE = "<script>alert('x')</script> & \"co\"";

    private static MailContent content() {
        return new MailContent(Message.of("text.untranslated", "Onderwerp\r\nBcc: evil@example.org"),
                List.of(MailLine.of(Message.of("text.untranslated", "Eerste regel")),
                        MailLine.link(Message.of("text.untranslated", TITLE), "/kb/item.html?id=5&x=1")),
                "/kb/index.html");
    }

    @Test
    void theHtmlEscapesEveryTextAndEveryLink() {
        RenderedMail mail = RenderMail.render(SITE, "an@arnhem.nl", Messages.DUTCH, MailKind.DIGEST, content(), TOKEN);
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"), mail.html());
        assertTrue(mail.html().contains("href=\"https://kb.example/kb/item.html?id=5&amp;x=1\""), mail.html());
        assertTrue(mail.html().startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
        assertTrue(mail.text().contains(TITLE + "\nhttps://kb.example/kb/item.html?id=5&x=1\n"), mail.text());
    }

    @Test
    void theSubjectIsOneLineSoNoHeaderCanBeAdded() {
        RenderedMail mail = RenderMail.render(SITE, "an@arnhem.nl", Messages.DUTCH, MailKind.DIGEST, content(), TOKEN);
        assertEquals("Onderwerp Bcc: evil@example.org", mail.subject());
    }

    @Test
    void theFooterLinksToUnsubscribingFromTheKindInTheReadersLanguage() {
        RenderedMail dutch = RenderMail.render(SITE, "an@arnhem.nl", Messages.DUTCH, MailKind.DIGEST, content(), TOKEN);
        assertTrue(dutch.text().contains("Afmelden voor het overzicht van wat er veranderde in wat u volgt: "
                + "https://kb.example/unsubscribe.html?token=" + TOKEN), dutch.text());
        assertTrue(dutch.text().contains("Open de pagina in de kennisbank: https://kb.example/kb/index.html"), dutch.text());
        assertEquals("https://kb.example/api/v1/mail/unsubscribe?token=" + TOKEN, dutch.unsubscribeUrl());
        RenderedMail english = RenderMail.render(SITE, "an@arnhem.nl", Messages.ENGLISH, MailKind.FORM_SUBMITTED, content(), TOKEN);
        assertTrue(english.text().contains("Unsubscribe from notices that a municipality submitted its figures"), english.text());
        assertTrue(english.html().contains("<html lang=\"en\">"));
    }
}
