package nl.regioan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.search.domain.SearchEngine;
import nl.regioan.search.domain.SynonymGroup;
import nl.regioan.search.domain.SynonymRepository;
import nl.regioan.search.domain.SynonymsChanged;

/** Editors manage the synonym list; every change is audited and reaches search right after the commit. */
@ApplicationScoped
public class SynonymAdministration {

    @Inject
    SynonymRepository synonyms;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SynonymsChanged> changed;

    @Inject
    SearchEngine engine;

    public List<SynonymGroup> list(Actor actor) {
        requireEditor(actor);
        return all();
    }

    /** Every group, for the query analysis. */
    public List<List<String>> allGroups() {
        return all().stream().map(SynonymGroup::terms).toList();
    }

    @Transactional
    public SynonymGroup create(Actor actor, List<String> terms) {
        requireEditor(actor);
        SynonymGroup group = new SynonymGroup(terms);
        synonyms.add(group);
        audit.record("synonym.create", "search_synonym", group.id(), null, describe(group));
        changed.fire(new SynonymsChanged());
        return group;
    }

    @Transactional
    public SynonymGroup update(Actor actor, long id, long expectedVersion, List<String> terms) {
        requireEditor(actor);
        SynonymGroup group = versioned(id, expectedVersion);
        String before = describe(group);
        group.replaceTerms(terms);
        synonyms.update(group);
        audit.record("synonym.update", "search_synonym", group.id(), before, describe(group));
        changed.fire(new SynonymsChanged());
        return group;
    }

    @Transactional
    public void delete(Actor actor, long id, long expectedVersion) {
        requireEditor(actor);
        SynonymGroup group = versioned(id, expectedVersion);
        String before = describe(group);
        synonyms.remove(group);
        audit.record("synonym.delete", "search_synonym", id, before, null);
        changed.fire(new SynonymsChanged());
    }

    /** After the commit: the next search uses the new list, no restart. */
    void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymsChanged event) {
        engine.useSynonyms(allGroups());
    }

    private List<SynonymGroup> all() {
        return synonyms.all();
    }

    private SynonymGroup versioned(long id, long expectedVersion) {
        SynonymGroup group = synonyms.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no synonym group with id " + id + "."));
        if (group.version() != expectedVersion) {
            throw new OptimisticLockException("The synonym group was changed by someone else (now version "
                    + group.version() + "); reload it and try again.");
        }
        return group;
    }

    private void requireEditor(Actor actor) {
        policy.require(policy.canManageThemesAndSynonyms(actor), "manage synonyms");
    }

    private static String describe(SynonymGroup group) {
        return Json.object("terms", String.join(", ", group.terms()));
    }
}
