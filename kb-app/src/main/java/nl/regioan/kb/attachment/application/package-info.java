/** Use cases of attachments: upload after the content checks, and download after the access check. */
package nl.regioan.kb.attachment.application;
