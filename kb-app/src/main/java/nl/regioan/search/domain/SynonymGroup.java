package nl.regioan.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.text.UserText;

/** Words or phrases that mean the same for search, such as RNI and Registratie Niet-Ingezetenen. */
@Entity
@Table(name = "search_synonym")
public class SynonymGroup {

    public static final int MAX_TERMS = 20;
    public static final int MAX_TERM_LENGTH = 100;
    /** The column search_synonym.terms holds the terms joined by ", ". */
    public static final int MAX_STORED_LENGTH = 1000;
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'’/-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The terms, separated by ", " (a term never contains a comma). */
    private String terms;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected SynonymGroup() {
    }

    public SynonymGroup(List<String> terms) {
        replaceTerms(terms);
    }

    public final void replaceTerms(List<String> newTerms) {
        this.terms = String.join(", ", validated(newTerms));
        this.updatedAt = Instant.now();
    }

    /** Two to twenty distinct terms of letters, digits, spaces and - . ' /; otherwise a 400 naming "terms". */
    static List<String> validated(List<String> candidates) {
        if (candidates == null) {
            throw new InvalidInputException("terms", "give 2 to " + MAX_TERMS + " words or phrases that mean the same");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        List<String> lowerSeen = new ArrayList<>();
        for (String candidate : candidates) {
            String term = candidate == null ? "" : UserText.normalised(candidate.strip().replaceAll("\\s+", " "));
            if (term.isEmpty() || term.length() > MAX_TERM_LENGTH || !TERM.matcher(term).matches()) {
                throw new InvalidInputException("terms", "'" + abbreviate(term) + "' is not allowed: use 1 to "
                        + MAX_TERM_LENGTH + " letters, digits, spaces and - . ' / (no commas)");
            }
            String lower = term.toLowerCase(Locale.ROOT);
            if (!lowerSeen.contains(lower)) {
                lowerSeen.add(lower);
                distinct.add(term);
            }
        }
        if (distinct.size() < 2 || distinct.size() > MAX_TERMS) {
            throw new InvalidInputException("terms", "give 2 to " + MAX_TERMS + " different words or phrases");
        }
        int stored = UserText.length(String.join(", ", distinct));
        if (stored > MAX_STORED_LENGTH) {
            throw InvalidInputException.of("terms", "synonym.terms.tooLong", MAX_STORED_LENGTH, stored);
        }
        return List.copyOf(distinct);
    }

    public Long id() {
        return id;
    }

    public List<String> terms() {
        return Arrays.stream(terms.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
