package nl.regioan.search.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.search.domain.IndexStatus;
import nl.regioan.search.domain.SearchEngine;

/** Administrators rebuild the search index from the database and follow its progress. */
@ApplicationScoped
public class IndexMaintenance {

    @Inject
    SearchEngine engine;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditTrail audit;

    public IndexStatus status(Actor actor) {
        policy.require(policy.canMaintainSearchIndex(actor), Message.of("access.refused.seeSearchIndex"));
        return engine.status();
    }

    /** Starts a rebuild (search keeps answering from the current index); false when one is running. */
    @Transactional
    public boolean rebuild(Actor actor) {
        policy.require(policy.canMaintainSearchIndex(actor), Message.of("access.refused.rebuildSearchIndex"));
        boolean started = engine.startRebuild();
        audit.record("search.rebuild", "search_index", null, null, Json.object("started", Boolean.toString(started)));
        return started;
    }
}
