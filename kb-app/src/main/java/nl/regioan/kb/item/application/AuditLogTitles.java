package nl.regioan.kb.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.audit.domain.AuditEntryTitles;
import nl.regioan.kb.item.domain.KnowledgeItemRepository;

/**
 * The knowledge base's entries of the audit log as one reader may see them: an item's title, and the
 * names of its attachments, only when the access policy lets that reader read the item (in its
 * current state); otherwise the entry says "item #id" or "attachment #id". Everything else of the
 * entry (who, when, what, status, revision) stays, so the log remains complete for its reader.
 */
@ApplicationScoped
public class AuditLogTitles implements AuditEntryTitles {

    static final String ITEM = "kb_item";
    static final String ATTACHMENT = "kb_attachment";

    @Inject
    KnowledgeItemRepository items;

    @Inject
    AccessPolicy policy;

    /** One reader's view; remembers per item whether it may be read, for the entries of one answer. */
    @Override
    public Reading forReader(Actor reader) {
        return new Reading(reader);
    }

    public final class Reading implements AuditEntryTitles.Reading {

        private final Actor reader;
        private final Map<Long, Boolean> readable = new HashMap<>();

        private Reading(Actor reader) {
            this.reader = reader;
        }

        @Override
        public Values shown(String entityType, String entityId, String oldValue, String newValue) {
            if (ITEM.equals(entityType)) {
                Optional<Long> id = number(entityId);
                if (id.isEmpty() || !mayRead(id.get())) {
                    String name = "item #" + entityId;
                    return new Values(hide(oldValue, "title", name), hide(newValue, "title", name));
                }
            } else if (ATTACHMENT.equals(entityType)) {
                Optional<Long> item = itemOf(newValue).or(() -> itemOf(oldValue));
                if (item.isEmpty() || !mayRead(item.get())) {
                    String name = "attachment #" + entityId;
                    return new Values(hide(oldValue, "fileName", name), hide(newValue, "fileName", name));
                }
            }
            return new Values(oldValue, newValue);
        }

        private boolean mayRead(long itemId) {
            return readable.computeIfAbsent(itemId, id -> items.find(id)
                    .map(item -> policy.canRead(reader, item.access())).orElse(false));
        }
    }

    /** The value with {@code field} replaced by {@code placeholder}; a value that is no JSON object is not shown at all. */
    private static String hide(String value, String field, String placeholder) {
        if (value == null) {
            return null;
        }
        Optional<JsonObject> object = parse(value);
        if (object.isEmpty()) {
            return Json.createObjectBuilder().add(field, placeholder).build().toString();
        }
        JsonObjectBuilder shown = Json.createObjectBuilder(object.get());
        if (object.get().containsKey(field)) {
            shown.add(field, placeholder);
        }
        return shown.build().toString();
    }

    private static Optional<Long> itemOf(String value) {
        return value == null ? Optional.empty() : parse(value).map(o -> o.get("item")).flatMap(item -> switch (item.getValueType()) {
            case NUMBER -> Optional.of(((JsonNumber) item).longValue());
            case STRING -> number(item.toString().replace("\"", ""));
            default -> Optional.empty();
        });
    }

    private static Optional<JsonObject> parse(String value) {
        try (var reader = Json.createReader(new StringReader(value))) {
            JsonValue parsed = reader.readValue();
            return parsed.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(parsed.asJsonObject()) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
