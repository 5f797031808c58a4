package nl.regioan.question.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.audit.application.Json;
import nl.regioan.kb.item.application.ItemCommand;
import nl.regioan.kb.item.application.KnowledgeItems;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.question.domain.Answer;
import nl.regioan.question.domain.Question;
import nl.regioan.question.domain.QuestionRepository;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.ConflictException;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.Message;

/**
 * An editor turns a question with an accepted answer into a knowledge item (a best practice or a
 * form, as a draft to publish after review): the question and the accepted answer as its text, the
 * asker and the answerer credited, the question's themes, owner and visibility (so the item reaches
 * the same readers). The question keeps the item's id and the item names the question: linked both
 * ways. Once per question.
 */
@ApplicationScoped
public class TurnQuestionIntoItem {

    static final Set<String> KINDS = Set.of("BEST_PRACTICE", "STANDARD_FORM");

    @Inject
    ViewQuestion view;

    @Inject
    AccessPolicy policy;

    @Inject
    QuestionRepository questions;

    @Inject
    KnowledgeItems items;

    @Inject
    AccountRepository accounts;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    QuestionSaves saves;

    @Inject
    Clock clock;

    @Transactional
    public Question turn(Actor actor, long questionId, ItemFromQuestionCommand command) {
        policy.require(policy.canTurnQuestionIntoItem(actor), Message.of("access.refused.questionToItem"));
        Question question = view.read(actor, questionId);
        String kind = command == null || command.kind() == null || command.kind().isBlank() ? "BEST_PRACTICE"
                : command.kind().strip();
        if (!KINDS.contains(kind)) {
            throw InvalidInputException.of("kind", "question.item.kind");
        }
        if (question.knowledgeItemId() != null) {
            throw new ConflictException("id", Message.of("question.item.already", question.knowledgeItemId()));
        }
        Answer accepted = question.acceptedAnswerId() == null ? null
                : questions.findAnswer(question.acceptedAnswerId()).orElse(null);
        if (accepted == null) {
            throw new ConflictException("id", Message.of("question.item.notAnswered"));
        }
        String owner = question.municipalityId() == null ? "region"
                : municipalities.findById(question.municipalityId()).map(m -> m.cbsCode().value()).orElse("region");
        KnowledgeItem item = items.create(actor, new ItemCommand(kind, question.title(),
                "Vraag en antwoord uit de regio: " + credit(question.askerAccountId()) + " vroeg, "
                        + credit(accepted.authorAccountId()) + " antwoordde.",
                body(question, accepted), owner, question.visibility().name(), question.themes(), question.blocks(),
                java.util.List.of("vraag-en-antwoord"), null, null));
        String before = Json.object("knowledgeItem", null);
        question.becameItem(item.id(), clock.instant());
        saves.saved(actor, question, "madeItem", before);
        return question;
    }

    private String body(Question question, Answer accepted) {
        return "## Vraag\n\n" + question.body() + "\n\n## Antwoord\n\n" + accepted.body()
                + "\n\n---\n\nGevraagd door " + credit(question.askerAccountId()) + "; beantwoord door "
                + credit(accepted.authorAccountId()) + ". Bron: vraag " + question.id()
                + " (questions/question.html?id=" + question.id() + ").";
    }

    /** A person as the item credits them: name and municipality (or the region). */
    private String credit(long accountId) {
        return accounts.findById(accountId).map(TurnQuestionIntoItem::named).orElse("onbekend");
    }

    private static String named(Account account) {
        return account.displayName() + " (" + account.municipality().map(Municipality::name).orElse("regio") + ")";
    }
}
