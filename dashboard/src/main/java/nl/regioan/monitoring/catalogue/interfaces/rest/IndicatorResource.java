package nl.regioan.monitoring.catalogue.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioan.indicator.domain.IndicatorRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator catalogue, read-only. */
@Tag(name = "Monitoring")
@Path("indicators")
@PermitAll
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    IndicatorRepository indicators;

    @Operation(operationId = "listIndicators", summary = "The indicator catalogue")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public List<IndicatorView> list() {
        return indicators.all().stream().map(IndicatorView::of).toList();
    }
}
