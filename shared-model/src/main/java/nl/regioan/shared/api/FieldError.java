package nl.regioan.shared.api;

/** One rejected input: the field (or query parameter) and what is allowed, in words a person can act on. */
public record FieldError(String field, String reason) {
}
