package nl.regioan.monitoring.survey.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A titled part of a survey ("Samenwerking in de regio"), holding its questions in order. */
@Entity
@Table(name = "survey_section")
public class SurveySection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveySection() {
    }

    SurveySection(Survey survey, int position, String title) {
        this.survey = survey;
        this.position = position;
        this.title = title;
    }

    void add(SurveyQuestion question) {
        questions.add(question);
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public List<SurveyQuestion> questions() {
        return Collections.unmodifiableList(questions);
    }
}
