package nl.regioan.mail.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioan.mail.domain.DigestFrequency;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailPreferenceRepository;
import nl.regioan.mail.domain.MailPreferences;

/** Mail preferences in MariaDB ({@code mail_preference}); a save is a conditional insert or update on the version. */
@ApplicationScoped
public class JpaMailPreferences implements MailPreferenceRepository {

    private static final String COLUMNS = "account_id, address, digest, disabled_kinds, digest_since, version";

    @PersistenceContext(unitName = "kb")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MailPreferences> find(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM mail_preference WHERE account_id = ?")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(JpaMailPreferences::preferences);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailPreferences> withDigest(DigestFrequency frequency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM mail_preference WHERE digest = ?"
                        + " AND address IS NOT NULL ORDER BY account_id")
                .setParameter(1, frequency.name()).getResultList();
        return rows.stream().map(JpaMailPreferences::preferences).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean save(MailPreferences p, long expectedVersion) {
        String off = p.off().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        Timestamp since = p.digestSince() == null ? null : Timestamp.from(p.digestSince());
        if (expectedVersion == 0) {
            return em.createNativeQuery("INSERT IGNORE INTO mail_preference (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, 1)")
                    .setParameter(1, p.accountId()).setParameter(2, p.address()).setParameter(3, p.digest().name())
                    .setParameter(4, off).setParameter(5, since).executeUpdate() == 1;
        }
        return em.createNativeQuery("UPDATE mail_preference SET address = ?, digest = ?, disabled_kinds = ?, digest_since = ?,"
                        + " version = version + 1 WHERE account_id = ? AND version = ?")
                .setParameter(1, p.address()).setParameter(2, p.digest().name()).setParameter(3, off).setParameter(4, since)
                .setParameter(5, p.accountId()).setParameter(6, expectedVersion).executeUpdate() == 1;
    }

    private static MailPreferences preferences(Object[] row) {
        Set<MailKind> off = EnumSet.noneOf(MailKind.class);
        Arrays.stream(((String) row[3]).split(",")).map(String::strip).map(MailKind::parse)
                .flatMap(Optional::stream).forEach(off::add);
        return new MailPreferences(((Number) row[0]).longValue(), (String) row[1],
                DigestFrequency.parse((String) row[2]).orElse(DigestFrequency.NONE), off,
                row[4] == null ? null : ((Timestamp) row[4]).toInstant(), ((Number) row[5]).longValue());
    }
}
