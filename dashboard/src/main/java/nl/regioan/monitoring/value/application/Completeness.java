package nl.regioan.monitoring.value.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.indicator.domain.IndicatorDefinition;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodDeadline;
import nl.regioan.monitoring.period.domain.PeriodDeadlineRepository;
import nl.regioan.monitoring.value.domain.FormStatus;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per period: which member municipalities have submitted, approved, not started, and who is late. */
@ApplicationScoped
public class Completeness {

    /** One member municipality's state for the period. */
    @Schema(name = "CompletenessRow")
    public record Row(String cbsCode, String name, String subregion, String status, int entered, int due, boolean late) {
    }

    @Schema(name = "CompletenessOverview")

    public record Overview(String period, LocalDate deadline, List<Row> municipalities) {
    }

    @Inject
    EntryForms forms;

    @Inject
    ValueRepository values;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    PeriodDeadlineRepository deadlines;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Transactional
    public Overview of(Period period) {
        policy.require(policy.canViewCompleteness(currentActor.require()), Message.of("access.refused.seeCompleteness"));
        List<Municipality> members = municipalities.all().stream()
                .filter(m -> m.isMemberDuring(period.start(), period.end())).toList();
        List<IndicatorDefinition> due = forms.due(new KnownArea(0L, "", ""), period);
        Set<Long> dueIds = due.stream().map(IndicatorDefinition::id).collect(Collectors.toSet());
        Map<String, List<IndicatorValue>> byArea = values.ofIndicators(dueIds, List.of(period)).stream()
                .filter(v -> v.value() != null)
                .collect(Collectors.groupingBy(IndicatorValue::areaCode));
        LocalDate deadline = deadlines.find(period).map(PeriodDeadline::deadline).orElse(null);
        boolean pastDeadline = deadline != null && forms.today().isAfter(deadline);
        List<Row> rows = new ArrayList<>();
        for (Municipality m : members) {
            List<IndicatorValue> entered = byArea.getOrDefault(m.cbsCode().value(), List.of());
            FormStatus status = FormStatus.of(entered.stream().map(IndicatorValue::status).toList());
            String subregion = m.memberships().stream().filter(ms -> ms.overlaps(period.start(), period.end()))
                    .reduce((a, b) -> b).map(ms -> ms.subregion().name()).orElse("");
            rows.add(new Row(m.cbsCode().value(), m.name(), subregion, status.name(), entered.size(), due.size(),
                    pastDeadline && !status.isDelivered()));
        }
        return new Overview(period.toString(), deadline, rows);
    }
}
