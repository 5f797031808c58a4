package nl.regioan.kb.item.domain;

import java.time.LocalDate;
import java.util.List;
import nl.regioan.access.domain.Visibility;

/**
 * Everything a person edits on an item, already checked: what a version stores and what a restore
 * brings back. Status, owner and dates are not content; they have their own rules.
 *
 * @param owningMunicipalityId null for the region
 * @param participation only for {@link ItemKind#PARTICIPATION_CASE}, otherwise null
 */
public record ItemContent(ItemKind kind, String title, String summary, String body, Long owningMunicipalityId,
                          Visibility visibility, List<String> themes, List<String> blocks, List<String> tags,
                          LocalDate reviewBy, ParticipationCase participation) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_BODY = 1_000_000;

    public ItemContent {
        themes = themes == null ? List.of() : themes.stream().distinct().sorted().toList();
        blocks = blocks == null ? List.of() : blocks.stream().distinct().sorted().toList();
        tags = tags == null ? List.of() : tags.stream().distinct().sorted().toList();
        body = body == null ? "" : body;
        summary = summary == null ? "" : summary;
    }
}
