package nl.regioan.dashboard.application;

import nl.regioan.shared.api.UnknownResourceException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.dashboard.domain.KnowledgeLinks;
import nl.regioan.dashboard.domain.KnowledgeLinks.KnowledgeLink;
import nl.regioan.region.domain.MunicipalityRepository;

/** The municipality page's links to its recent knowledge (development updates, best practices), so figures and knowledge meet. */
@ApplicationScoped
public class MunicipalityKnowledgeService {

    static final int RECENT = 10;

    @Inject
    KnowledgeLinks knowledge;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    /** Only what the reader may read in the knowledge base itself. */
    @Transactional
    public List<KnowledgeLink> recent(String cbsCode) {
        Actor reader = currentActor.require();
        policy.require(policy.canViewDashboards(reader), Message.of("access.refused.seeDashboards"));
        String code = cbsCode == null ? "" : cbsCode.trim().toUpperCase(Locale.ROOT);
        if (municipalities.all().stream().noneMatch(m -> m.cbsCode().value().equals(code) && !m.memberships().isEmpty())) {
            throw new UnknownResourceException("cbsCode", Message.of("municipality.neverMember", Message.shorten(cbsCode)));
        }
        return knowledge.recent(code, Set.of(KnowledgeLinks.DEVELOPMENT_UPDATE, KnowledgeLinks.BEST_PRACTICE), reader, RECENT);
    }
}
