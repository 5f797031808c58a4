/** REST resources of attachments: multipart upload to an item and download after the access check. */
package nl.regioan.kb.attachment.interfaces.rest;
