package nl.regioan.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.housing.domain.HousingLocation;
import nl.regioan.housing.domain.HousingLocationRepository;
import nl.regioan.housing.domain.LocationFilter;
import nl.regioan.housing.domain.RegisterOverview;
import nl.regioan.shared.api.Message;

/** The coordinator's overview of the register, over the locations the reader may see. */
@ApplicationScoped
public class SummariseRegister {

    @Inject
    HousingLocationRepository locations;

    @Inject
    AccessPolicy policy;

    @Inject
    ViewLocation view;

    public RegisterOverview overview(Actor actor) {
        policy.require(policy.canViewHousingOverview(actor), Message.of("access.refused.housingOverview"));
        return RegisterOverview.of(locations.all(LocationFilter.none(), policy.readableBy(actor)).stream()
                .map(HousingLocation::details).toList(), view.today());
    }
}
