/** Attachment storage on the file system, its JPA records, and content inspection with Apache Tika. */
package nl.regioan.kb.attachment.infrastructure;
