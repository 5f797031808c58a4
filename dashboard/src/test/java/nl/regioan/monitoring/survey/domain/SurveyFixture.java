package nl.regioan.monitoring.survey.domain;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A survey of the region as a coordinator would build it, with ids given as the database would. */
final class SurveyFixture {

    static final Instant NOW = Instant.parse("2025-11-01T09:00:00Z");
    static final List<String> AGREEMENT_LABELS = List.of("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens");

    private SurveyFixture() {
    }

    static SurveyOutline.Question agreement(String text) {
        return new SurveyOutline.Question("AGREEMENT", text, true, AGREEMENT_LABELS, List.of());
    }

    static SurveyOutline.Question rating(String text) {
        return new SurveyOutline.Question("RATING", text, true, List.of(), List.of());
    }

    static SurveyOutline.Question choice(String text, String... options) {
        return new SurveyOutline.Question("CHOICE", text, false, List.of(), List.of(options));
    }

    static SurveyOutline.Question open(String text) {
        return new SurveyOutline.Question("OPEN", text, false, List.of(), List.of());
    }

    /** Questions: 1 agreement, 2 rating, 3 choice, 4 open (ids 1-4 plus 100 x year offset). */
    static Survey survey(int year, boolean anonymous, long firstId) {
        Survey survey = new Survey(year, "Samenwerkingsenquête " + year, LocalDate.of(year, 12, 1), anonymous, NOW);
        survey.replaceQuestions(List.of(
                new SurveyOutline.Section("Samenwerking in de regio", List.of(
                        agreement("De regionale samenwerking helpt mijn gemeente verder."),
                        rating("Welk cijfer geeft u de samenwerking?"))),
                new SurveyOutline.Section("Kennisbank", List.of(
                        choice("Hoe vaak gebruikt u de kennisbank?", "Wekelijks", "Maandelijks", "Zelden"),
                        open("Wat kan beter?")))), false, NOW);
        setId(survey, firstId - 1);
        long id = firstId;
        for (SurveyQuestion question : survey.questions()) {
            setId(question, id++);
        }
        return survey;
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
