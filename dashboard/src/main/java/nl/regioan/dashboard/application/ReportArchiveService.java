package nl.regioan.dashboard.application;

import java.time.Clock;
import nl.regioan.shared.api.MessageText;
import nl.regioan.shared.api.UnknownResourceException;
import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.CurrentActor;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.dashboard.application.AnnualReportViews.AnnualReport;
import nl.regioan.dashboard.application.AnnualReportViews.VersionSummary;
import nl.regioan.dashboard.domain.ArchivedReport;
import nl.regioan.dashboard.domain.ReportArchive;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Finalising the annual report: the coordinator stores the year's report as it stands (figures,
 * completeness and the developments texts) as the next immutable version, so a report read in the
 * council can be found again exactly. Also the PDF of the current report and of each version.
 */
@ApplicationScoped
public class ReportArchiveService {

    @Inject
    ReportYears reportYears;

    @Inject
    Clock clock;

    /** Thread-safe and costly to make, so made once. */
    /** Kept documents are written in Dutch, the platform's language. */
    private static final Jsonb JSONB = JsonbBuilder.create(new jakarta.json.bind.JsonbConfig().withSerializers(MessageText.dutch()));

    @Inject
    ReportService reports;

    @Inject
    DevelopmentsService developments;

    @Inject
    ReportArchive archive;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    @Transactional
    public VersionSummary finalise(String yearText) {
        Actor actor = currentActor.require();
        policy.require(policy.canCompileReport(actor), Message.of("access.refused.finaliseReport"));
        AnnualReport current = current(yearText);
        int year = current.report().year();
        if (!current.report().hasData()) {
            throw InvalidInputException.of("year", "report.nothingToFinalise", year);
        }
        ArchivedReport stored = archive.add(year, clock.instant(), actor.username(), JSONB.toJson(current));
        VersionSummary summary = summary(stored);
        audit.record("REPORT_FINALISED", "report_version", year + "/" + stored.version(), null, JSONB.toJson(summary));
        return summary;
    }

    @Transactional
    public List<VersionSummary> versions(String yearText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeReport"));
        return archive.versions(reportYears.parse(yearText)).stream().map(ReportArchiveService::summary).toList();
    }

    /** One version: its summary fields and, under "data", the report exactly as it was finalised. */
    @Transactional
    public JsonObject version(String yearText, String versionText) {
        ArchivedReport stored = find(yearText, versionText);
        VersionSummary summary = summary(stored);
        return Json.createObjectBuilder(parse(JSONB.toJson(summary))).add("data", parse(stored.data())).build();
    }

    /** The PDF of the report as it stands now. */
    @Transactional
    public byte[] pdf(String yearText, String language) {
        return ReportPdf.render(parse(JSONB.toJson(current(yearText))), null, ReportMessages.of(language));
    }

    /** The PDF of an archived version, made from its stored data only. */
    @Transactional
    public byte[] pdfOfVersion(String yearText, String versionText, String language) {
        ArchivedReport stored = find(yearText, versionText);
        return ReportPdf.render(parse(stored.data()), summary(stored), ReportMessages.of(language));
    }

    /** The report and its developments as they stand (access is checked by the report service). */
    AnnualReport current(String yearText) {
        ReportViews.Report report = reports.report(yearText);
        return new AnnualReport(report, developments.ofYear(report.year()));
    }

    private ArchivedReport find(String yearText, String versionText) {
        policy.require(policy.canViewDashboards(currentActor.require()), Message.of("access.refused.seeReport"));
        int year = reportYears.parse(yearText);
        String trimmed = versionText == null ? "" : versionText.trim();
        if (!trimmed.matches("[1-9]\\d{0,5}")) {
            throw InvalidInputException.of("version", "report.version.format", Message.shorten(versionText));
        }
        int version = Integer.parseInt(trimmed);
        return archive.version(year, version).orElseThrow(() -> new UnknownResourceException("version",
                Message.of("report.version.notFound", year, version)));
    }

    private static VersionSummary summary(ArchivedReport stored) {
        return new VersionSummary(stored.year(), stored.version(), stored.finalisedAt(), stored.finalisedBy(), stored.sha256(),
                stored.intact());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
