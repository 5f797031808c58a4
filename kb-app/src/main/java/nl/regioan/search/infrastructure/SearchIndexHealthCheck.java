package nl.regioan.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioan.search.domain.IndexStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * "search-index": up once the index has caught up with the change log, or while it is rebuilt; down while it
 * starts or replays the change log (it would answer without the latest changes) and when building it failed.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealthCheck implements HealthCheck {

    @Inject
    SearchIndexOwner owner;

    @Override
    public HealthCheckResponse call() {
        IndexStatus status = owner.index().status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index")
                .status(status.ready())
                .withData("state", status.state())
                .withData("documents", status.documents())
                .withData("analyzer", status.analyzerVersion());
        if (status.generation() != null) {
            response.withData("generation", status.generation());
        }
        if (status.rebuilding()) {
            response.withData("rebuildDone", status.rebuildDone());
        }
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.build();
    }
}
