package nl.regioan.monitoring.period.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.regioan.monitoring.period.domain.PeriodRange;

/** The accepted periods on the application's one clock, so a test clock moves every check at once. */
@ApplicationScoped
public class PeriodRangeProducer {

    @Inject
    Clock clock;

    @Produces
    @Dependent
    PeriodRange periodRange() {
        return new PeriodRange(clock);
    }
}
