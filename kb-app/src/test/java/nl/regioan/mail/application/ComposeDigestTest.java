package nl.regioan.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regioan.mail.domain.DigestFrequency;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailLine;
import nl.regioan.mail.domain.RenderedMail;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.Messages;
import org.junit.jupiter.api.Test;

/** The digest's content from what changed, on fixed days. */
class ComposeDigestTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final Instant SINCE = Instant.parse("2026-11-30T06:00:00Z");

    private static ComposeDigest.Section theme(ComposeDigest.Entry... entries) {
        return new ComposeDigest.Section(Message.of("mail.digest.theme", "3", "Huisvesting"), List.of(entries));
    }

    @Test
    void nothingChangedMeansNoMail() {
        assertTrue(ComposeDigest.compose(DigestFrequency.DAILY, TUESDAY, SINCE, List.of()).isEmpty());
        assertTrue(ComposeDigest.compose(DigestFrequency.DAILY, TUESDAY, SINCE, List.of(theme())).isEmpty());
    }

    @Test
    void eachChangedItemIsALinkToItsPageListedOnceUnderItsFirstSection() {
        ComposeDigest.Entry plan = new ComposeDigest.Entry(5, "Plan van aanpak");
        ComposeDigest.Entry form = new ComposeDigest.Entry(9, "Formulier <kamerverhuur>");
        ComposeDigest.Section followedItem = new ComposeDigest.Section(Message.of("mail.digest.followedItem"), List.of(plan));
        MailContent digest = ComposeDigest.compose(DigestFrequency.DAILY, TUESDAY, SINCE, List.of(theme(plan, form), followedItem))
                .orElseThrow();
        List<MailLine> lines = digest.lines();
        assertEquals(4, lines.size(), lines.toString());
        assertEquals("Sinds 30-11-2026 07:00 veranderde er in de kennisbank iets in wat u volgt (aantal items: 2).",
                lines.get(0).text().text(Messages.DUTCH), "the time is Amsterdam's");
        assertEquals("Thema 3: Huisvesting", lines.get(1).text().text(Messages.DUTCH));
        assertEquals("/kb/item.html?id=5", lines.get(2).path());
        assertEquals("/kb/item.html?id=9", lines.get(3).path());
        assertEquals("Wat er veranderde in wat u volgt: overzicht van 01-12-2026", digest.subject().text(Messages.DUTCH));

        RenderedMail mail = RenderMail.render(new MailSite("https://kb.example"), "an@arnhem.nl", Messages.ENGLISH,
                MailKind.DIGEST, digest, "t".repeat(43));
        assertTrue(mail.text().contains("Theme 3: Huisvesting\n\nPlan van aanpak\nhttps://kb.example/kb/item.html?id=5"), mail.text());
        assertTrue(mail.html().contains("Formulier &lt;kamerverhuur&gt;"), mail.html());
        assertFalse(mail.html().contains("<kamerverhuur>"));
        assertEquals(1, mail.text().split("Plan van aanpak", -1).length - 1, "listed once");
    }

    @Test
    void aWeeklyDigestIsNamedByItsIsoWeek() {
        MailContent digest = ComposeDigest.compose(DigestFrequency.WEEKLY, TUESDAY, SINCE,
                List.of(theme(new ComposeDigest.Entry(5, "Plan")))).orElseThrow();
        assertEquals("What changed in what you follow: digest of week 2026-W49", digest.subject().text(Messages.ENGLISH));
    }
}
