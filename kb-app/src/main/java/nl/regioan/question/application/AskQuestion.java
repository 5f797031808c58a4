package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.regioan.access.domain.Actor;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionContent;
import nl.regioan.question.domain.QuestionRepository;

/** Any account asks a question for its own municipality (regional staff for the region): checked input, version 1, the audit log. */
@ApplicationScoped
public class AskQuestion {

    @Inject
    QuestionInputs inputs;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public Question ask(Actor actor, QuestionCommand command) {
        QuestionContent content = inputs.question(command);
        Question question = new Question(content, actor.accountId(), actor.municipalityId(), clock.instant());
        questions.add(question);
        questions.flush(); // the id is needed for the version row
        saves.saved(actor, question, "asked", null);
        return question;
    }
}
