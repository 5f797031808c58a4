package nl.regioan.app.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Locale;
import nl.regioan.shared.api.MessageText;
import nl.regioan.shared.api.Messages;
import nl.regioan.shared.interfaces.rest.RequestLanguage;

/**
 * Answers are written by JSON-B as before, with one addition: a {@link nl.regioan.shared.api.Message}
 * anywhere in an answer (a warning of a form line, a row error of an import) is written as its text in
 * the request's language.
 */
@Provider
public class JsonbTexts implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withSerializers(new MessageText(JsonbTexts::requestLanguage)));

    /** The language of the request being answered (Dutch outside a request). */
    static Locale requestLanguage() {
        try {
            return CDI.current().select(RequestLanguage.class).get().locale();
        } catch (RuntimeException outsideARequest) {
            return Messages.DUTCH;
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
