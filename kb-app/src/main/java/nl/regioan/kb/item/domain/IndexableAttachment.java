package nl.regioan.kb.item.domain;

/** The extracted text of one attachment of an item (contract with issue 4; see IndexableItem). */
public record IndexableAttachment(long id, String fileName, String text) {
}
