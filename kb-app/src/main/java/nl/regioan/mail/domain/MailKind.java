package nl.regioan.mail.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of mail the platform sends; each can be switched off on its own (the digest by its frequency). */
public enum MailKind {
    /** A new answer to a question the receiver asked. */
    NEW_ANSWER,
    /** A question assigned to the receiver (the expertise team). */
    QUESTION_ASSIGNED,
    /** The daily or weekly digest of what changed in what the receiver follows. */
    DIGEST,
    /** The data steward's reminder before a monitoring deadline. */
    DEADLINE_REMINDER,
    /** The coordinator's notice that a municipality submitted its figures. */
    FORM_SUBMITTED;

    public static Optional<MailKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The message key of the kind's name, as the preferences and the unsubscribe answer show it. */
    public String labelKey() {
        return "mail.kind." + name();
    }
}
