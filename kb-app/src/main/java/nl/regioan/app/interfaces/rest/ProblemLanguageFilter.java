package nl.regioan.app.interfaces.rest;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import nl.regioan.shared.api.LanguagePreference;
import nl.regioan.shared.api.Languages;
import nl.regioan.shared.interfaces.rest.RequestLanguage;

/** Writes every problem of a JAX-RS answer in the request's language (account, Accept-Language, Dutch). */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem.Pending pending) {
            Locale language = language(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.setEntity(pending.render(language), response.getEntityAnnotations(), Problem.MEDIA_TYPE);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
        }
    }

    static Locale language(String acceptLanguage) {
        return Languages.choose(RequestLanguage.accountChoice(CDI.current().select(LanguagePreference.class)),
                Languages.fromAcceptLanguage(acceptLanguage));
    }
}
