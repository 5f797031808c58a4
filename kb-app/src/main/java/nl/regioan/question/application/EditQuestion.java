package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.Json;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionContent;
import nl.regioan.shared.api.Message;

/** Saves a new version of a question: the asker (or an editor), who saw the current version (If-Match). */
@ApplicationScoped
public class EditQuestion {

    @Inject
    ViewQuestion view;

    @Inject
    QuestionInputs inputs;

    @Inject
    AccessPolicy policy;

    @Inject
    QuestionSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public Question edit(Actor actor, long id, long expectedVersion, QuestionCommand command) {
        Question question = view.read(actor, id);
        policy.require(policy.canEditQuestion(actor, question.access()), Message.of("access.refused.editQuestion"));
        if (question.version() != expectedVersion) {
            throw new VersionConflictException(Message.of("question.conflict", question.version()), question.version());
        }
        QuestionContent content = inputs.question(command);
        String before = Json.object("visibility", question.visibility().name(), "revision", question.revision());
        question.change(content, clock.instant());
        saves.saved(actor, question, "edited", before);
        return question;
    }
}
