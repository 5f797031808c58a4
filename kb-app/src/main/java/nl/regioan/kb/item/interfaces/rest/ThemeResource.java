package nl.regioan.kb.item.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regioan.kb.item.application.ThemeCatalogue;
import nl.regioan.kb.item.domain.BuildingBlock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The six themes with their building blocks, in Dutch and English. */
@Tag(name = "Knowledge base")
@Path("kb/themes")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    @Inject
    ThemeCatalogue catalogue;

    /** A building block of a theme. */
    public record BlockView(String code, String nameNl, String nameEn) {
    }

    /** A theme with its blocks. */
    public record ThemeView(String code, String nameNl, String nameEn, List<BlockView> blocks) {
    }

    @Operation(operationId = "listThemes", summary = "The themes and their building blocks")
    @Extension(name = "x-roles", value = "any-account")
    @GET
    public List<ThemeView> themes() {
        List<BuildingBlock> blocks = catalogue.blocks();
        return catalogue.themes().stream().map(t -> new ThemeView(t.code(), t.nameNl(), t.nameEn(),
                blocks.stream().filter(b -> b.themeCode().equals(t.code()))
                        .map(b -> new BlockView(b.code(), b.nameNl(), b.nameEn())).toList())).toList();
    }
}
