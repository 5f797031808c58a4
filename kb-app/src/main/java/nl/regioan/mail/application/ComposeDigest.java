package nl.regioan.mail.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regioan.mail.domain.DigestFrequency;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailLine;
import nl.regioan.shared.api.Message;

/**
 * Writes the digest from what changed in what a person follows. It gets only what the person may read
 * (the sections come from the receiver's own "what changed"); an item followed twice (itself and
 * through its theme) is listed once, under the first; nothing changed means no mail.
 */
public final class ComposeDigest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(MailSchedule.REGION_ZONE);

    /** A changed item, as the digest names it. */
    public record Entry(long itemId, String title) {
    }

    /** One followed theme or item with what changed there. */
    public record Section(Message heading, List<Entry> changed) {
    }

    private ComposeDigest() {
    }

    public static Optional<MailContent> compose(DigestFrequency frequency, LocalDate day, Instant since, List<Section> sections) {
        List<MailLine> lines = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (Section section : sections) {
            List<MailLine> items = new ArrayList<>();
            for (Entry entry : section.changed()) {
                if (listed.add(entry.itemId())) {
                    items.add(MailLine.link(Message.of("mail.digest.item", entry.title()), "/kb/item.html?id=" + entry.itemId()));
                }
            }
            if (!items.isEmpty()) {
                lines.add(MailLine.of(section.heading()));
                lines.addAll(items);
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        lines.add(0, MailLine.of(Message.of("mail.digest.intro", WHEN.format(since), listed.size())));
        Message subject = frequency == DigestFrequency.WEEKLY
                ? Message.of("mail.digest.subject.WEEKLY", frequency.periodKey(day).substring("digest:".length()))
                : Message.of("mail.digest.subject.DAILY", day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        return Optional.of(new MailContent(subject, lines, "/kb/index.html"));
    }
}
