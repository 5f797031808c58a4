package nl.regioan.shared.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import nl.regioan.shared.api.LanguagePreference;
import nl.regioan.shared.api.Languages;
import nl.regioan.shared.api.Message;

/**
 * The language of this request's answers: the account's choice ({@link LanguagePreference}), else
 * Accept-Language, else Dutch. REST resources of both modules inject it to write texts such as warnings.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<LanguagePreference> preference;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = Languages.choose(accountChoice(preference), Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
        }
        return locale;
    }

    public String text(Message message) {
        return message.text(locale());
    }

    /** The account's choice, if a preference bean is deployed and has one. */
    public static Optional<Locale> accountChoice(Instance<LanguagePreference> preference) {
        if (preference == null || !preference.isResolvable()) {
            return Optional.empty();
        }
        try {
            return preference.get().language();
        } catch (RuntimeException outsideRequest) {
            return Optional.empty();
        }
    }
}
