package nl.regioan.kb.item.domain;

/** An attachment as the search index sees it: its name and the text Apache Tika extracted. */
public record IndexableAttachment(long attachmentId, String fileName, String extractedText) {
}
