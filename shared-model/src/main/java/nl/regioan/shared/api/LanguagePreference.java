package nl.regioan.shared.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Hook for the language the signed-in account chose. Provide one CDI bean implementing it (request
 * scoped or reading the current actor); without one, or when it is empty, Accept-Language decides,
 * else Dutch. See {@link Languages#choose}.
 */
public interface LanguagePreference {

    Optional<Locale> language();
}
