package nl.regioan.kb.watch.application;

import nl.regioan.shared.api.Message;
import nl.regioan.shared.api.UnknownResourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import nl.regioan.access.domain.Actor;
import nl.regioan.kb.item.application.ItemInputs;
import nl.regioan.kb.item.application.KnowledgeItems;
import nl.regioan.kb.item.application.ThemeCatalogue;
import nl.regioan.kb.item.domain.ItemFilter;
import nl.regioan.kb.item.domain.KnowledgeItem;
import nl.regioan.kb.watch.domain.Watch;
import nl.regioan.kb.watch.domain.WatchRepository;
import nl.regioan.kb.watch.domain.WatchTarget;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Following themes and items. "What changed" lists the items a person may read (the access policy
 * decides, through {@link KnowledgeItems}) that changed after their last visit.
 */
@ApplicationScoped
public class Watching {

    @Inject
    WatchRepository watches;

    @Inject
    KnowledgeItems items;

    @Inject
    ThemeCatalogue themes;

    @Inject
    Clock clock;

    /** A watch with the items that changed since the last visit. */
    public record WatchWithChanges(Watch watch, List<KnowledgeItem> changed) {
    }

    @Transactional
    public Watch follow(Actor actor, String type, String target) {
        List<FieldError> errors = new ArrayList<>();
        WatchTarget kind = ItemInputs.enumOf(WatchTarget.class, type, "type", true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String value = target == null ? "" : target.strip();
        if (kind == WatchTarget.THEME && !themes.themeCodes().contains(value)) {
            throw InvalidInputException.of("target", "watch.target.theme", String.join(", ", themes.themeCodes()));
        }
        if (kind == WatchTarget.ITEM) {
            long id;
            try {
                id = WatchTarget.itemId(value);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("target", "watch.target.itemId");
            }
            items.read(actor, id);
            value = Long.toString(id);
        }
        String stored = value;
        return watches.find(actor.accountId(), kind, stored).orElseGet(() -> {
            Watch watch = new Watch(actor.accountId(), kind, stored, clock.instant());
            watches.add(watch);
            return watch;
        });
    }

    @Transactional
    public void unfollow(Actor actor, long id) {
        Watch watch = watches.find(id).filter(w -> w.accountId() == actor.accountId())
                .orElseThrow(() -> new UnknownResourceException("id", Message.of("watch.notFound", id)));
        watches.remove(watch);
    }

    public List<WatchWithChanges> changes(Actor actor) {
        return changed(actor, Watch::isNew);
    }

    /**
     * What changed after {@code since} in what the person follows, read as that person (the digest mail
     * is built with the receiver's actor, so it never names an item they may not read).
     */
    public List<WatchWithChanges> changesSince(Actor actor, Instant since) {
        return changed(actor, (watch, changedAt) -> changedAt != null && changedAt.isAfter(since));
    }

    private List<WatchWithChanges> changed(Actor actor, BiPredicate<Watch, Instant> isNew) {
        List<WatchWithChanges> result = new ArrayList<>();
        for (Watch watch : watches.of(actor.accountId())) {
            List<KnowledgeItem> changed = new ArrayList<>();
            if (watch.targetType() == WatchTarget.ITEM) {
                try {
                    KnowledgeItem item = items.read(actor, Long.parseLong(watch.target()));
                    if (isNew.test(watch, item.updatedAt())) {
                        changed.add(item);
                    }
                } catch (UnknownResourceException e) {
                    // the item is gone or no longer visible: nothing to report
                }
            } else {
                ItemFilter filter = new ItemFilter(null, watch.target(), null, null, false, null, null, null, null,
                        null, null, null);
                Map<Long, KnowledgeItem> seen = new LinkedHashMap<>();
                items.list(actor, filter, false, 0, KnowledgeItems.MAX_PAGE_SIZE).items().stream()
                        .filter(item -> isNew.test(watch, item.updatedAt())).forEach(item -> seen.put(item.id(), item));
                changed.addAll(seen.values());
            }
            result.add(new WatchWithChanges(watch, changed));
        }
        return result;
    }

    /** The person has looked: changes until now are no longer new. */
    @Transactional
    public void seen(Actor actor) {
        watches.of(actor.accountId()).forEach(watch -> watch.seen(clock.instant()));
    }
}
