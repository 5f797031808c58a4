package nl.regioan.kb.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.Visibility;
import nl.regioan.kb.item.domain.ItemContent;
import nl.regioan.kb.item.domain.ItemKind;
import nl.regioan.kb.item.domain.ParticipationCase;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.text.UserText;

/** Turns an {@link ItemCommand} into checked {@link ItemContent}, or lists every field that is wrong and why. */
@ApplicationScoped
public class ItemInputs {

    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 60;
    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final int YEARS_AHEAD = 10;
    // Dangerous Markdown is refused with a reason rather than silently changed; rendering sanitizes anyway.
    private static final Pattern SCRIPT = Pattern.compile("<\\s*/?\\s*script", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_LINK = Pattern.compile("(?:java|vb)script\\s*:", Pattern.CASE_INSENSITIVE);

    Clock clock = Clock.systemUTC();

    @Inject
    ThemeCatalogue themes;

    @Inject
    MunicipalityRepository municipalities;

    /** Either the content or the errors; never both. */
    public record Checked(ItemContent content, List<FieldError> errors) {
    }

    public Checked check(Actor actor, ItemCommand command) {
        return check(actor, command, actor.municipalityId());
    }

    /**
     * As {@link #check(Actor, ItemCommand)}, with the owner to keep when the command names none: on an
     * update that is the item's current owner, so an editor's save does not move it to the region.
     */
    public Checked check(Actor actor, ItemCommand command, Long ownerWhenOmitted) {
        List<FieldError> errors = new ArrayList<>();
        if (command == null) {
            return new Checked(null, List.of(FieldError.of("", "body.expected.object")));
        }
        ItemKind kind = enumOf(ItemKind.class, command.kind(), "kind", true, errors);
        String title = trimmed(command.title());
        if (title == null) {
            errors.add(FieldError.of("title", "item.title.required"));
        } else {
            checkText(title, "title", ItemContent.MAX_TITLE, errors);
        }
        String summary = trimmed(command.summary());
        checkText(summary, "summary", ItemContent.MAX_SUMMARY, errors);
        String body = command.body() == null ? "" : UserText.normalised(command.body());
        if (checkText(body, "body", ItemContent.MAX_BODY, errors)) {
            unsafeMarkdown(body).ifPresent(key -> errors.add(FieldError.of("body", key)));
        }
        Long municipalityId = municipality(ownerWhenOmitted, command.municipality(), errors);
        Visibility visibility = command.visibility() == null || command.visibility().isBlank() ? Visibility.MUNICIPALITY
                : enumOf(Visibility.class, command.visibility(), "visibility", true, errors);
        List<String> themeCodes = themes.checkedThemes(command.themes(), "themes", errors);
        if (command.themes() == null || command.themes().isEmpty()) {
            errors.add(FieldError.of("themes", "item.themes.required", String.join(", ", themes.themeCodes())));
        }
        List<String> blockCodes = themes.checkedBlocks(command.blocks(), "blocks", errors);
        List<String> tags = tags(command.tags(), errors);
        LocalDate reviewBy = date(command.reviewBy(), "reviewBy", errors);
        ParticipationCase participation = kind == ItemKind.PARTICIPATION_CASE
                ? participation(command.participation(), errors) : null;
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new ItemContent(kind, title, summary, body, municipalityId, visibility, themeCodes,
                blockCodes, tags, reviewBy, participation), List.of());
    }

    /**
     * The reason (a message key) a Markdown text is refused: a script or a javascript: link. Rendering
     * sanitizes anyway; this says why instead of silently changing what was written.
     */
    public static Optional<String> unsafeMarkdown(String markdown) {
        if (SCRIPT.matcher(markdown).find()) {
            return Optional.of("item.body.script");
        }
        if (JAVASCRIPT_LINK.matcher(markdown).find()) {
            return Optional.of("item.body.javascriptLink");
        }
        return Optional.empty();
    }

    private Long municipality(Long ownerWhenOmitted, String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return ownerWhenOmitted;
        }
        if (code.equalsIgnoreCase("region")) {
            return null;
        }
        try {
            Optional<Municipality> found = municipalities.findByCbsCode(CbsCode.of(code.strip()));
            if (found.isEmpty()) {
                errors.add(FieldError.of("municipality", "municipality.unknown", abbreviate(code)));
                return null;
            }
            return found.get().id();
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("municipality", "municipality.codeOrRegion"));
            return null;
        }
    }

    private ParticipationCase participation(ItemCommand.ParticipationCommand pc, List<FieldError> errors) {
        if (pc == null) {
            errors.add(FieldError.of("participation", "item.participation.required"));
            return null;
        }
        if (pc.beds() != null && (pc.beds() < 0 || pc.beds() > 100_000)) {
            errors.add(FieldError.of("participation.beds", "item.participation.beds", 0, 100000));
        }
        String location = trimmed(pc.location());
        checkText(location, "participation.location", 200, errors);
        String contact = trimmed(pc.contactPerson());
        checkText(contact, "participation.contactPerson", 200, errors);
        Set<ParticipationCase.Method> methods = enumSet(ParticipationCase.Method.class, pc.methods(),
                "participation.methods", errors);
        Set<ParticipationCase.Participant> participants = enumSet(ParticipationCase.Participant.class,
                pc.participants(), "participation.participants", errors);
        return new ParticipationCase(location, pc.beds(),
                enumOf(ParticipationCase.HousingKind.class, pc.housingKind(), "participation.housingKind", false, errors),
                enumOf(ParticipationCase.Phase.class, pc.phase(), "participation.phase", false, errors),
                methods, participants,
                enumOf(ParticipationCase.Outcome.class, pc.outcome(), "participation.outcome", false, errors),
                limit(pc.whatWorked(), "participation.whatWorked", errors),
                limit(pc.whatDidNot(), "participation.whatDidNot", errors), contact);
    }

    private static String limit(String text, String field, List<FieldError> errors) {
        String value = trimmed(text);
        checkText(value, field, 20_000, errors);
        return value;
    }

    private static List<String> tags(List<String> given, List<FieldError> errors) {
        if (given == null) {
            return List.of();
        }
        // The list is bounded before its entries are looked at, so a huge list costs nothing.
        if (given.size() > MAX_TAGS) {
            errors.add(FieldError.of("tags", "item.tags.tooMany", MAX_TAGS, given.size()));
            return List.of();
        }
        // Tags compare in NFC and lower case: "Café" and a decomposed "café" are one tag (merged), while
        // "café" and "cafe", "straße" and "strasse", or a fullwidth and an ASCII letter stay two tags.
        List<String> tags = given.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> UserText.normalised(t.strip()).toLowerCase(Locale.ROOT)).distinct().toList();
        for (String tag : tags) {
            UserText.problem(tag, MAX_TAG).ifPresent(problem -> errors.add(new FieldError("tags", problem)));
        }
        return tags;
    }

    private LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "date.shape", FIRST_DATE.toString(), lastDate().toString()));
            return null;
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(lastDate())) {
            errors.add(FieldError.of(field, "date.range", date.toString(), FIRST_DATE.toString(), lastDate().toString()));
            return null;
        }
        return date;
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String code, String field, boolean required, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "value.requiredOneOf", allowed(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "value.unknownOneOf", abbreviate(code), allowed(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<String> codes, String field, List<FieldError> errors) {
        Set<E> result = EnumSet.noneOf(type);
        if (codes != null) {
            for (String code : codes) {
                E value = enumOf(type, code, field, true, errors);
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : UserText.normalised(text.strip());
    }

    /** Dates run from 2000 to the end of the tenth year after this one, as periods do in monitoring. */
    LocalDate lastDate() {
        return LocalDate.of(LocalDate.now(clock).getYear() + YEARS_AHEAD, 12, 31);
    }

    /** Adds the problem of a text (forbidden characters, length against the column) and says whether it was fine. */
    private static boolean checkText(String text, String field, int maxLength, List<FieldError> errors) {
        if (text == null) {
            return true;
        }
        return UserText.problem(text, maxLength).map(problem -> errors.add(new FieldError(field, problem))).isEmpty();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
