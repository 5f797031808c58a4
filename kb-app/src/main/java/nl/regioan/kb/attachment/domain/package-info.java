/** Attachments of knowledge-base items: the stored file's record, the allowed types and the inspection contract. */
package nl.regioan.kb.attachment.domain;
