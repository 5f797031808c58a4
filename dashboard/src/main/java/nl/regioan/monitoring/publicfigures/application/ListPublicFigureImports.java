package nl.regioan.monitoring.publicfigures.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.monitoring.publicfigures.domain.PublicFigureImportRepository;
import nl.regioan.shared.api.Message;

/** The latest imports of CBS files, newest first, for the coordinator. */
@ApplicationScoped
public class ListPublicFigureImports {

    static final int LIMIT = 100;

    @Inject
    PublicFigureImportRepository imports;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public List<ImportView> latest() {
        policy.require(policy.canCoordinate(currentActor.require()), Message.of("access.refused.publicFigures"));
        return imports.latest(LIMIT).stream().map(ImportView::of).toList();
    }
}
