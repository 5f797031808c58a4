package nl.regioan.kb.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.shared.api.FieldError;
import nl.regioan.kb.item.domain.BuildingBlock;
import nl.regioan.kb.item.domain.Theme;
import nl.regioan.kb.item.domain.ThemeRepository;

/** The six themes and their building blocks, as loaded by migration V20. */
@ApplicationScoped
public class ThemeCatalogue {

    @Inject
    ThemeRepository repository;

    public List<Theme> themes() {
        return repository.themes();
    }

    public List<BuildingBlock> blocks() {
        return repository.blocks();
    }

    public List<String> themeCodes() {
        return themes().stream().map(Theme::code).toList();
    }

    public List<String> blockCodes() {
        return blocks().stream().map(BuildingBlock::code).toList();
    }

    /** The given theme codes, each checked: an unknown one is added to {@code errors} with the known codes. */
    public List<String> checkedThemes(List<String> given, String field, List<FieldError> errors) {
        return checked(given, themeCodes(), field, errors);
    }

    /** The given building-block codes, checked as {@link #checkedThemes} does. */
    public List<String> checkedBlocks(List<String> given, String field, List<FieldError> errors) {
        return checked(given, blockCodes(), field, errors);
    }

    private static List<String> checked(List<String> given, List<String> known, String field, List<FieldError> errors) {
        if (given == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String code : given) {
            String value = code == null ? "" : code.strip();
            if (!known.contains(value)) {
                errors.add(FieldError.of(field, "code.unknown", value.length() > 40 ? value.substring(0, 40) + "…" : value,
                        String.join(", ", known)));
            } else {
                result.add(value);
            }
        }
        return result;
    }
}
