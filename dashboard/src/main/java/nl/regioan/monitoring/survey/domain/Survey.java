package nl.regioan.monitoring.survey.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.text.UserText;

/**
 * The collaboration survey of one year: its sections and questions, a deadline, and whether the
 * answers are anonymous (aggregated, shown from five municipalities on) or "niet anoniem" (shown per
 * municipality). Open for responses up to and including the deadline; the coordinator closes it after.
 */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    /** Touched by every change, so that a change of the questions alone also moves the version (the ETag). */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveySection> sections = new ArrayList<>();

    @Version
    private long version;

    protected Survey() {
    }

    public Survey(int year, String title, LocalDate deadline, boolean anonymous, Instant now) {
        this.year = year;
        this.title = UserText.normalised(title.strip());
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.anonymous = anonymous;
        this.changedAt = now;
    }

    /** Replaces every section and question; refused once a municipality has answered (answers would lose their question). */
    public void replaceQuestions(List<SurveyOutline.Section> outline, boolean hasResponses, Instant now) {
        requireOpenForChanges();
        if (hasResponses) {
            throw ConflictException.of("survey.questions.answered", year);
        }
        SurveyOutline.check(outline);
        sections.clear();
        for (int s = 0; s < outline.size(); s++) {
            SurveyOutline.Section section = outline.get(s);
            SurveySection added = new SurveySection(this, s, UserText.normalised(section.title().strip()));
            for (int q = 0; q < section.questions().size(); q++) {
                SurveyOutline.Question question = section.questions().get(q);
                added.add(SurveyQuestion.of(added, q, question));
            }
            sections.add(added);
        }
        changedAt = now;
    }

    /**
     * Title, deadline and anonymity. A survey cannot become "niet anoniem" once someone answered under
     * the promise of anonymity.
     */
    public void change(String title, LocalDate deadline, boolean anonymous, boolean hasResponses, Instant now) {
        requireOpenForChanges();
        if (this.anonymous && !anonymous && hasResponses) {
            throw new ConflictException("anonymous", nl.regioan.shared.api.Message.of("survey.anonymous.promised", year));
        }
        this.title = UserText.normalised(title.strip());
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.anonymous = anonymous;
        this.changedAt = now;
    }

    /** Closing is for after the deadline, when no municipality can answer any more. */
    public void close(LocalDate today, String by, Instant now) {
        requireOpenForChanges();
        if (!today.isAfter(deadline)) {
            throw ConflictException.of("survey.close.beforeDeadline", year, deadline.toString());
        }
        closedAt = now;
        closedBy = by;
        changedAt = now;
    }

    /** Municipalities answer up to and including the deadline, while the survey is not closed. */
    public boolean acceptsResponsesOn(LocalDate today) {
        return !isClosed() && !today.isAfter(deadline);
    }

    private void requireOpenForChanges() {
        if (isClosed()) {
            throw ConflictException.of("survey.closed", year);
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public List<SurveyQuestion> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<SurveyQuestion> question(long questionId) {
        return questions().stream().filter(q -> q.id() != null && q.id() == questionId).findFirst();
    }

    /** This survey's sections and questions as an outline, to copy into next year's survey. */
    public List<SurveyOutline.Section> outline() {
        return sections.stream().map(s -> new SurveyOutline.Section(s.title(),
                s.questions().stream().map(SurveyQuestion::outline).toList())).toList();
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public List<SurveySection> sections() {
        return Collections.unmodifiableList(sections);
    }

    public long version() {
        return version;
    }
}
