package nl.regioan.kb.attachment.domain;

/** What the inspection found: the type from the content, and the text for search. */
public record InspectedFile(String mediaType, String text) {
}
