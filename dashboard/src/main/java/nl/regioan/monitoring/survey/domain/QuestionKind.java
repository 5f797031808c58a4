package nl.regioan.monitoring.survey.domain;

/**
 * The kinds of question such surveys use. AGREEMENT is the five-point scale (helemaal oneens ...
 * helemaal eens) with "weet niet / n.v.t." beside it; RATING a mark from 1 to 10; CHOICE one of a list;
 * OPEN a text.
 */
public enum QuestionKind {
    AGREEMENT(1, 5),
    RATING(1, 10),
    CHOICE(0, 0),
    OPEN(0, 0);

    /** The points of the agreement scale; the middle one (3) is neutral. */
    public static final int SCALE_POINTS = 5;

    private final int lowest;
    private final int highest;

    QuestionKind(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** Whether the answer is a score (agreement, rating). */
    public boolean isScored() {
        return highest > 0;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }
}
