package nl.regioan.monitoring.survey.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of one question: {@code n} municipalities gave an answer, {@code dontKnow} chose "weet niet /
 * n.v.t."; when {@code shown}, the distribution ({@code counts} per label, mark 1-10 or option), for scores
 * the mean with its spread (standard deviation, lowest, highest), for the agreement scale the share that
 * agrees (4 or 5), and the open answers. An anonymous survey shows a question only when at least
 * {@link #MIN_MUNICIPALITIES} municipalities answered it, so no single answer can be singled out.
 * {@code previous} is last year's same question, with the change where both years are shown.
 */
@Schema(name = "SurveyQuestionResult")
public record QuestionResult(Long questionId, String section, String text, QuestionKind kind, boolean required,
                             List<String> labels, int n, int dontKnow, boolean shown, List<Integer> counts, Double mean,
                             Double spread, Integer lowest, Integer highest, Double agreeShare, List<OpenAnswer> openAnswers,
                             List<NamedAnswer> perMunicipality, Comparison previous) {

    public static final int MIN_MUNICIPALITIES = 5;

    /** An answer of one municipality to this question, from a submitted response. */
    @Schema(name = "SurveyRespondent")
    public record Respondent(String municipality, SurveyAnswer answer) {
    }

    /** An open answer; {@code municipality} only when the survey is "niet anoniem". */
    @Schema(name = "SurveyOpenAnswer")
    public record OpenAnswer(String municipality, String text) {
    }

    /** Every answer with its municipality, for a survey that is "niet anoniem". */
    @Schema(name = "SurveyNamedAnswer")
    public record NamedAnswer(String municipality, Integer score, boolean dontKnow, String choice, String text) {
    }

    /**
     * Last year's same question: its n and, when it was shown, its distribution, mean and share agreeing; the
     * change is this year's mean (rating) or share agreeing in percentage points (scale) minus last year's.
     */
    @Schema(name = "SurveyComparison")
    public record Comparison(int year, int n, boolean shown, List<Integer> counts, Double mean, Double agreeShare,
                             Double change) {
    }

    /** Aggregates the answers of submitted responses to one question. */
    public static QuestionResult of(SurveyQuestion question, List<Respondent> respondents, boolean anonymous,
                                    Integer previousYear, QuestionResult previous) {
        List<Respondent> answered = respondents.stream().filter(r -> !r.answer().dontKnow() && hasAnswer(r.answer())).toList();
        int dontKnow = (int) respondents.stream().filter(r -> r.answer().dontKnow()).count();
        int n = answered.size();
        boolean shown = !anonymous || n >= MIN_MUNICIPALITIES;
        List<String> labels = question.choices();
        List<Integer> counts = new ArrayList<>();
        Double mean = null;
        Double spread = null;
        Integer lowest = null;
        Integer highest = null;
        Double agreeShare = null;
        List<OpenAnswer> open = new ArrayList<>();
        List<NamedAnswer> named = new ArrayList<>();
        if (shown) {
            QuestionKind kind = question.kind();
            if (kind.isScored()) {
                for (int score = kind.lowest(); score <= kind.highest(); score++) {
                    int s = score;
                    counts.add((int) answered.stream().filter(r -> java.util.Objects.equals(r.answer().score(), s)).count());
                }
                if (n > 0) {
                    List<Integer> scores = answered.stream().map(r -> r.answer().score()).toList();
                    double average = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
                    double squares = scores.stream().mapToDouble(s -> (s - average) * (s - average)).sum();
                    mean = round(average);
                    spread = round(n > 1 ? Math.sqrt(squares / (n - 1)) : 0);
                    lowest = scores.stream().min(Integer::compare).orElse(null);
                    highest = scores.stream().max(Integer::compare).orElse(null);
                    if (kind == QuestionKind.AGREEMENT) {
                        agreeShare = round(100.0 * scores.stream().filter(s -> s >= 4).count() / n);
                    }
                }
            } else if (kind == QuestionKind.CHOICE) {
                for (String option : labels) {
                    counts.add((int) answered.stream().filter(r -> option.equals(r.answer().choice())).count());
                }
            } else {
                answered.stream().map(r -> new OpenAnswer(anonymous ? null : r.municipality(), r.answer().openText()))
                        .sorted(Comparator.comparing(OpenAnswer::text)) // not in the order of answering
                        .forEach(open::add);
            }
            if (!anonymous) {
                respondents.stream().sorted(Comparator.comparing(Respondent::municipality))
                        .map(r -> new NamedAnswer(r.municipality(), r.answer().score(), r.answer().dontKnow(),
                                r.answer().choice(), r.answer().openText()))
                        .forEach(named::add);
            }
        }
        Comparison comparison = previous == null ? null : compare(previousYear, previous, shown, mean, agreeShare);
        return new QuestionResult(question.id(), question.sectionTitle(), question.text(), question.kind(), question.required(),
                labels, n, dontKnow, shown, List.copyOf(counts), mean, spread, lowest, highest, agreeShare, List.copyOf(open),
                List.copyOf(named), comparison);
    }

    private static Comparison compare(int year, QuestionResult previous, boolean shown, Double mean, Double agreeShare) {
        if (!previous.shown()) {
            return new Comparison(year, previous.n(), false, List.of(), null, null, null);
        }
        Double change = null;
        if (shown && previous.kind() == QuestionKind.AGREEMENT && agreeShare != null && previous.agreeShare() != null) {
            change = round(agreeShare - previous.agreeShare());
        } else if (shown && previous.kind() == QuestionKind.RATING && mean != null && previous.mean() != null) {
            change = round(mean - previous.mean());
        }
        return new Comparison(year, previous.n(), true, previous.counts(), previous.mean(), previous.agreeShare(), change);
    }

    private static boolean hasAnswer(SurveyAnswer answer) {
        return answer.score() != null || answer.choice() != null || answer.openText() != null;
    }

    /** One decimal, as the report prints. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
