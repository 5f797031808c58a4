package nl.regioan.monitoring.publicfigures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureMappingRepository;
import nl.regioan.shared.api.Message;

/** The mapping of CBS measures to indicators, for the coordinator. */
@ApplicationScoped
public class ListPublicFigureMappings {

    @Inject
    PublicFigureMappingRepository mappings;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public List<MappingView> list() {
        policy.require(policy.canCoordinate(currentActor.require()), Message.of("access.refused.publicFigures"));
        return mappings.all().stream().map(MappingView::of).toList();
    }
}
