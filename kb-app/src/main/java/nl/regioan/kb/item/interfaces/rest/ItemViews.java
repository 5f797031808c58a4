package nl.regioan.kb.item.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.access.domain.Actor;
import nl.regioan.kb.item.application.KnowledgeItems;
import nl.regioan.kb.item.domain.AttachedFile;
import nl.regioan.kb.item.domain.ItemAttachments;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.item.domain.LineDiff;
import nl.regioan.kb.item.domain.Markdown;
import nl.regioan.kb.item.domain.ParticipationCase;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Builds the JSON records of items; municipality names are looked up once per request. */
@RequestScoped
public class ItemViews {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    KnowledgeItems items;

    @Inject
    ItemAttachments attachments;

    private Map<Long, Municipality> byId;

    /**
     * An item in full, for reading and editing. bodyHtml is sanitized and safe to insert; actions are what
     * the reader may do with it (from the access policy), so pages draw only those controls.
     */
    @Schema(name = "ItemView")
    public record ItemView(long id, String kind, String title, String summary, String body, String bodyHtml,
                           List<String> themes, List<String> blocks, List<String> tags, String municipality,
                           String municipalityName, String visibility, String status, long ownerAccountId,
                           LocalDate reviewBy, boolean stale, Instant createdAt, Instant updatedAt,
                           Instant publishedAt, int revision, long version, boolean canEdit, List<String> actions,
                           ParticipationCase participation, List<AttachmentView> attachments) {
    }

    /** An item in a list. */
    public record ItemSummary(long id, String kind, String title, String summary, List<String> themes,
                              List<String> blocks, List<String> tags, String municipality, String municipalityName,
                              String visibility, String status, LocalDate reviewBy, boolean stale,
                              Instant updatedAt, int revision, ParticipationCase participation) {
    }

    /** An attachment's description; the file itself is at {@code url}. */
    public record AttachmentView(long id, String fileName, String mediaType, long size, Instant uploadedAt,
                                 String uploadedBy, String url) {
    }

    /** One page of items. */
    public record ItemPage(int page, int size, int total, List<ItemSummary> items) {
    }

    public ItemView full(Actor actor, KnowledgeItem item) {
        Municipality owner = municipality(item.owningMunicipalityId());
        return new ItemView(item.id(), item.kind().name(), item.title(), item.summary(), item.body(),
                Markdown.toSafeHtml(item.body()), item.themes(), item.blocks(), item.tags(),
                owner == null ? null : owner.cbsCode().value(), owner == null ? null : owner.name(),
                item.visibility().name(), item.status().name(), item.ownerAccountId(), item.reviewBy(),
                item.isStaleOn(items.today()), item.createdAt(), item.updatedAt(), item.publishedAt(), item.revision(),
                item.version(), items.canEdit(actor, item), items.actions(actor, item), item.participation(),
                attachments.of(item.id()).stream().map(ItemViews::attachment).toList());
    }

    public ItemSummary summary(KnowledgeItem item) {
        Municipality owner = municipality(item.owningMunicipalityId());
        return new ItemSummary(item.id(), item.kind().name(), item.title(), item.summary(), item.themes(),
                item.blocks(), item.tags(), owner == null ? null : owner.cbsCode().value(),
                owner == null ? null : owner.name(), item.visibility().name(), item.status().name(), item.reviewBy(),
                item.isStaleOn(items.today()), item.updatedAt(), item.revision(), item.participation());
    }

    public static AttachmentView attachment(AttachedFile a) {
        return new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.uploadedAt(), a.uploadedBy(),
                "api/v1/kb/attachments/" + a.id());
    }

    /**
     * Diff lines name the owning municipality by its internal id ("municipality: 7"); people and pages
     * know it by its CBS code, so the line says that instead.
     */
    public List<LineDiff.Line> withMunicipalityCodes(List<LineDiff.Line> lines) {
        return lines.stream().map(line -> {
            if (!line.text().startsWith(MUNICIPALITY_LINE)) {
                return line;
            }
            String value = line.text().substring(MUNICIPALITY_LINE.length()).trim();
            try {
                Municipality owner = municipality(Long.valueOf(value));
                return owner == null ? line : new LineDiff.Line(line.change(), MUNICIPALITY_LINE + owner.cbsCode().value());
            } catch (NumberFormatException regionOrOther) {
                return line;
            }
        }).toList();
    }

    private static final String MUNICIPALITY_LINE = "municipality: ";

    private Municipality municipality(Long id) {
        if (id == null) {
            return null;
        }
        if (byId == null) {
            byId = new HashMap<>();
            municipalities.all().forEach(m -> byId.put(m.id(), m));
        }
        return byId.get(id);
    }
}
