package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.application.AccountDirectory;
import nl.regioan.kb.item.application.ThemeCatalogue;
import nl.regioan.kb.watch.application.Watching;
import nl.regioan.kb.watch.domain.WatchTarget;
import nl.regioan.mail.domain.DigestFrequency;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailOnce;
import nl.regioan.mail.domain.MailPreferenceRepository;
import nl.regioan.mail.domain.MailPreferences;
import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.Messages;

/**
 * The daily and weekly digests: from the digest hour on, once per account and period (day or ISO week
 * in Amsterdam), what changed in the themes and items the person follows since their previous digest,
 * read with the receiver's own actor through the access policy (an item they may not read is never named).
 * The period is recorded first, in the same transaction as the mail, under a unique key: a second node
 * (or run) finds it taken and sends nothing.
 */
@ApplicationScoped
public class SendDigests {

    private static final String PREFIX = "digest:";

    @Inject
    MailPreferenceRepository preferences;

    @Inject
    MailOnce once;

    @Inject
    Watching watching;

    @Inject
    ThemeCatalogue themes;

    @Inject
    AccountDirectory accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSchedule schedule;

    @Inject
    Clock clock;

    /** Who may get a digest now: nobody before the digest hour. */
    public List<MailPreferences> due() {
        ZonedDateTime now = clock.instant().atZone(MailSchedule.REGION_ZONE);
        if (now.getHour() < schedule.digestHour()) {
            return List.of();
        }
        List<MailPreferences> due = new ArrayList<>(preferences.withDigest(DigestFrequency.DAILY));
        due.addAll(preferences.withDigest(DigestFrequency.WEEKLY));
        return due;
    }

    /** The digest of the current period for one account, unless it went out already; true when a mail was queued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendFor(long accountId) {
        MailPreferences wanted = preferences.find(accountId).orElse(MailPreferences.none(accountId));
        Optional<Actor> actor = accounts.activeActor(accountId);
        if (!wanted.wants(MailKind.DIGEST) || actor.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(MailSchedule.REGION_ZONE).toLocalDate();
        DigestFrequency frequency = wanted.digest();
        Instant since = once.lastCoveredUntil(accountId, PREFIX).filter(last -> last.isAfter(now.minus(Duration.ofDays(frequency.days()))))
                .orElse(now.minus(Duration.ofDays(frequency.days())));
        if (!once.claim(accountId, frequency.periodKey(today), now)) {
            return false; // this period's digest went out already, from here or another node
        }
        Locale language = MailOutbox.languageOf(accounts.require(accountId));
        List<ComposeDigest.Section> sections = new ArrayList<>();
        for (Watching.WatchWithChanges watch : watching.changesSince(actor.get(), since)) {
            Message heading = watch.watch().targetType() == WatchTarget.THEME
                    ? Message.of("mail.digest.theme", watch.watch().target(), themeName(watch.watch().target(), language))
                    : Message.of("mail.digest.followedItem");
            sections.add(new ComposeDigest.Section(heading, watch.changed().stream()
                    .map(item -> new ComposeDigest.Entry(item.id(), item.title())).toList()));
        }
        Optional<MailContent> digest = ComposeDigest.compose(frequency, today, since, sections);
        // nothing changed: the period is still done, so the next run does not look again
        return digest.isPresent() && outbox.enqueue(accountId, MailKind.DIGEST, digest.get());
    }

    private String themeName(String code, Locale language) {
        return themes.themes().stream().filter(theme -> theme.code().equals(code)).findFirst()
                .map(theme -> Messages.ENGLISH.getLanguage().equals(language.getLanguage()) ? theme.nameEn() : theme.nameNl())
                .orElse(code);
    }
}
