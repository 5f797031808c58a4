package nl.regioan.kb.item.application;

import nl.regioan.shared.api.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.ReadableItems;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.kb.item.domain.ItemContent;
import nl.regioan.kb.item.domain.ItemFilter;
import nl.regioan.kb.item.domain.ItemSnapshot;
import nl.regioan.kb.item.domain.ItemVersion;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.item.domain.KnowledgeItemChanged;
import nl.regioan.kb.item.domain.KnowledgeItemRepository;
import nl.regioan.kb.item.domain.LineDiff;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/**
 * The use cases of knowledge-base items. Access is decided by {@link AccessPolicy} only; an item a
 * reader may not see is answered as not found, so its existence is not revealed. Every save stores
 * a version row, writes the audit log and fires {@link KnowledgeItemChanged}, in one transaction.
 */
@ApplicationScoped
public class KnowledgeItems {

    static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    KnowledgeItemRepository items;

    @Inject
    ItemInputs inputs;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Event<KnowledgeItemChanged> changed;

    @Inject
    Clock clock;

    /** One page of a list, with the number of matching items the reader may see. */
    public record Page(int page, int size, int total, List<KnowledgeItem> items) {
    }

    /** A version compared with another. */
    public record Diff(int from, int to, List<LineDiff.Line> lines) {
    }

    public Page list(Actor actor, ItemFilter filter, boolean staleOnly, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "between 1 and " + MAX_PAGE_SIZE);
        }
        ReadableItems readable = policy.readableBy(actor);
        LocalDate staleOn = staleOnly ? today() : null;
        long total = items.count(filter, readable, staleOn);
        long first = (long) page * size;
        List<KnowledgeItem> onPage = first >= total ? List.of() : items.page(filter, readable, staleOn, (int) first, size);
        return new Page(page, size, (int) Math.min(total, Integer.MAX_VALUE), onPage);
    }

    public KnowledgeItem read(Actor actor, long id) {
        return items.find(id).filter(item -> policy.canRead(actor, item.access()))
                .orElseThrow(() -> notFound(id));
    }

    /** For changes: not readable is 404, readable but not editable is 403. */
    public KnowledgeItem editable(Actor actor, long id) {
        KnowledgeItem item = read(actor, id);
        policy.require(policy.canEdit(actor, item.access()), "change this item");
        return item;
    }

    public boolean canEdit(Actor actor, KnowledgeItem item) {
        return policy.canEdit(actor, item.access());
    }

    /** What the actor may do with the item, for the page to draw only those controls. */
    public List<String> actions(Actor actor, KnowledgeItem item) {
        return policy.itemActions(actor, item.access());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(REGION_ZONE));
    }

    @Transactional
    public KnowledgeItem create(Actor actor, ItemCommand command) {
        ItemContent content = checked(actor, command);
        policy.require(policy.canWriteFor(actor, content.owningMunicipalityId()), "write items for this municipality");
        return add(actor, content, "created");
    }

    @Transactional
    public KnowledgeItem update(Actor actor, long id, long expectedVersion, ItemCommand command) {
        KnowledgeItem item = editable(actor, id);
        if (item.version() != expectedVersion) {
            throw new EditConflictException(id, item.version());
        }
        ItemContent content = checked(inputs.check(actor, command, item.owningMunicipalityId()));
        policy.require(policy.canWriteFor(actor, content.owningMunicipalityId()), "move items to this municipality");
        ItemContent before = item.content();
        item.change(content, clock.instant());
        saved(actor, item, "edited", Json.object("title", before.title()));
        return item;
    }

    @Transactional
    public KnowledgeItem publish(Actor actor, long id) {
        KnowledgeItem item = read(actor, id);
        policy.require(policy.canChangeStatus(actor, item.access()), "publish this item");
        String before = item.status().name();
        statusChange(() -> item.publish(clock.instant()));
        saved(actor, item, "published", Json.object("status", before));
        return item;
    }

    @Transactional
    public KnowledgeItem retire(Actor actor, long id) {
        KnowledgeItem item = read(actor, id);
        policy.require(policy.canChangeStatus(actor, item.access()), "retire this item");
        String before = item.status().name();
        statusChange(() -> item.retire(clock.instant()));
        saved(actor, item, "retired", Json.object("status", before));
        return item;
    }

    /** Brings back the content of version {@code number} as a new version; the status stays as it is. */
    @Transactional
    public KnowledgeItem restore(Actor actor, long id, int number) {
        KnowledgeItem item = editable(actor, id);
        ItemSnapshot old = ItemSnapshot.fromJson(version(actor, id, number).snapshot());
        policy.require(policy.canWriteFor(actor, old.content().owningMunicipalityId()), "restore a version owned elsewhere");
        item.change(old.content(), clock.instant());
        saved(actor, item, "restored version " + number, Json.object("restoredFrom", number));
        return item;
    }

    public List<ItemVersion> versions(Actor actor, long id) {
        read(actor, id);
        return items.versions(id);
    }

    public ItemVersion version(Actor actor, long id, int number) {
        read(actor, id);
        return items.version(id, number).orElseThrow(() -> new NotFoundException(
                "Item " + id + " has no version " + number + "."));
    }

    public Diff diff(Actor actor, long id, int from, int to) {
        List<String> before = ItemSnapshot.fromJson(version(actor, id, from).snapshot()).readableLines();
        List<String> after = ItemSnapshot.fromJson(version(actor, id, to).snapshot()).readableLines();
        return new Diff(from, to, LineDiff.between(before, after));
    }

    /** All or nothing: every item is checked first; one bad item and none is saved. */
    @Transactional
    public List<KnowledgeItem> importAll(Actor actor, List<ItemCommand> commands) {
        if (commands == null || commands.isEmpty()) {
            throw new InvalidInputException("items", "send a JSON array with at least one item");
        }
        if (commands.size() > 1000) {
            throw new InvalidInputException("items", "at most 1000 items per request");
        }
        List<ImportRejectedException.ImportError> errors = new ArrayList<>();
        List<ItemContent> contents = new ArrayList<>();
        for (int index = 0; index < commands.size(); index++) {
            ItemInputs.Checked checked = inputs.check(actor, commands.get(index));
            for (FieldError error : checked.errors()) {
                errors.add(new ImportRejectedException.ImportError(index, error.field(), error.message()));
            }
            if (checked.content() != null) {
                if (!policy.canWriteFor(actor, checked.content().owningMunicipalityId())) {
                    errors.add(new ImportRejectedException.ImportError(index, "municipality",
                            Message.of("item.municipality.notYours")));
                }
                contents.add(checked.content());
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return contents.stream().map(content -> add(actor, content, "imported")).toList();
    }

    private KnowledgeItem add(Actor actor, ItemContent content, String note) {
        KnowledgeItem item = new KnowledgeItem(content, actor.accountId(), clock.instant());
        items.add(item);
        items.flush(); // the id is needed for the version row
        saved(actor, item, note, null);
        return item;
    }

    private void saved(Actor actor, KnowledgeItem item, String note, String oldValue) {
        // The item's UPDATE ... WHERE version = ? goes first: a concurrent save then waits for the row
        // lock and fails on the version (OptimisticLockException), not on the version row's unique key.
        items.flush();
        items.addVersion(new ItemVersion(item.id(), item.revision(), new ItemSnapshot(item.content(), item.status()).toJson(),
                clock.instant(), actor.username(), note));
        audit.record("kb.item." + note.split(" ")[0], "kb_item", item.id(), oldValue,
                Json.object("title", item.title(), "status", item.status().name(), "revision", item.revision()));
        items.flush(); // a concurrent save surfaces here as OptimisticLockException (409)
        changed.fire(new KnowledgeItemChanged(item.id()));
    }

    private ItemContent checked(Actor actor, ItemCommand command) {
        return checked(inputs.check(actor, command));
    }

    private static ItemContent checked(ItemInputs.Checked checked) {
        if (!checked.errors().isEmpty()) {
            throw new InvalidInputException(checked.errors());
        }
        return checked.content();
    }

    private static void statusChange(Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new InvalidInputException("status", e.getMessage());
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no item " + id + " that you may see.");
    }
}
