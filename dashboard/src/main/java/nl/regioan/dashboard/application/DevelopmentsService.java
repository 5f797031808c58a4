package nl.regioan.dashboard.application;

import nl.regioan.shared.api.UnknownResourceException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.dashboard.application.AnnualReportViews.Developments;
import nl.regioan.dashboard.application.AnnualReportViews.DevelopmentsText;
import nl.regioan.dashboard.domain.DevelopmentTexts;
import nl.regioan.dashboard.domain.KnowledgeLinks;
import nl.regioan.dashboard.domain.KnowledgeLinks.KnowledgeLink;
import nl.regioan.monitoring.aggregation.domain.AreaSelector;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.text.UserText;

/**
 * The report's "developments and initiatives" per member municipality: made from the year's
 * published development updates of that municipality, until the coordinator edits the text.
 */
@ApplicationScoped
public class DevelopmentsService {

    @Inject
    ReportYears reportYears;

    static final int MAX_TEXT = 20_000;

    @Inject
    KnowledgeLinks knowledge;

    @Inject
    DevelopmentTexts texts;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<Developments> developments(String yearText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeReport"));
        return ofYear(reportYears.parse(yearText));
    }

    @Transactional
    public Developments edit(String yearText, String cbsCode, DevelopmentsText body) {
        policy.require(policy.canCompileReport(currentActor.require()), Message.of("access.refused.editReport"));
        int year = reportYears.parse(yearText);
        String code = cbsCode == null ? "" : cbsCode.trim().toUpperCase(Locale.ROOT);
        Municipality municipality = members(year).stream().filter(m -> m.cbsCode().value().equals(code)).findFirst()
                .orElseThrow(() -> new UnknownResourceException("cbsCode", Message.of("report.notMember", Message.shorten(cbsCode), year)));
        if (body == null || body.text() == null) {
            throw InvalidInputException.of("text", "developments.required");
        }
        String text = UserText.normalised(body.text().strip());
        UserText.problem(text, MAX_TEXT).ifPresent(problem -> {
            throw new InvalidInputException(new FieldError("text", problem));
        });
        String old = texts.save(year, code, text, currentActor.require().username());
        audit.record("REPORT_DEVELOPMENTS_EDITED", "report_development_text", year + "/" + code, old, text);
        return new Developments(code, municipality.name(), text, true, knowledge.developmentsForReport(code, year));
    }

    /** The sections of a year that was already checked (for the report archive and the PDF). */
    List<Developments> ofYear(int year) {
        List<Municipality> members = members(year);
        Map<String, String> edited = texts.ofYear(year);
        return members.stream().map(m -> {
            String code = m.cbsCode().value();
            List<KnowledgeLink> items = knowledge.developmentsForReport(code, year);
            String text = edited.get(code);
            return new Developments(code, m.name(), text != null ? text : textOf(items), text != null, items);
        }).toList();
    }

    /** The starting text: each item's title and summary as a paragraph. */
    static String textOf(List<KnowledgeLink> items) {
        return items.stream().map(i -> i.title() + ": " + i.summary()).collect(Collectors.joining("\n\n"));
    }

    private List<Municipality> members(int year) {
        Period period = Period.ofYear(year);
        List<Municipality> members = AreaSelector.region().membersDuring(municipalities.all(), period.start(), period.end());
        if (members.isEmpty()) {
            throw new UnknownResourceException("year", Message.of("report.noMembers", year));
        }
        return members;
    }
}
