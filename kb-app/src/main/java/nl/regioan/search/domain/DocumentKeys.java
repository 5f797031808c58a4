package nl.regioan.search.domain;

/**
 * The index holds two kinds of documents in one key space, so the change log, catch-up, rebuild and
 * the access filter treat them alike: a knowledge item's key is its id, a question's key is its id
 * above {@link #QUESTIONS_FROM} (ids of items never get there). Hits and completions name the
 * document by its own id and its kind ({@link #QUESTION_KIND} for a question).
 */
public final class DocumentKeys {

    /** 2^40: about a million million items before the two ranges could meet. */
    public static final long QUESTIONS_FROM = 1L << 40;

    /** The kind (and facet value) of a question, beside the item kinds. */
    public static final String QUESTION_KIND = "QUESTION";

    private DocumentKeys() {
    }

    public static long ofQuestion(long questionId) {
        return QUESTIONS_FROM + questionId;
    }

    public static boolean isQuestion(long key) {
        return key >= QUESTIONS_FROM;
    }

    /** The item's or the question's own id. */
    public static long idOf(long key) {
        return isQuestion(key) ? key - QUESTIONS_FROM : key;
    }
}
