/**
 * Types every layer of both modules shares for refusals: keyed {@link nl.regioan.shared.api.Message}s
 * (texts in {@code Messages.properties}, Dutch, and {@code Messages_en.properties}), field errors, and the
 * domain exceptions ({@link nl.regioan.shared.api.InvalidInputException},
 * {@link nl.regioan.shared.api.UnknownResourceException}, {@link nl.regioan.shared.api.ConflictException},
 * {@link nl.regioan.shared.api.RefusedException}) that the REST layer maps to problem+json in one place.
 */
package nl.regioan.shared.api;
