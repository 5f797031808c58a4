/** E-mail over HTTP: the caller's mail preferences and the unsubscribe link. */
package nl.regioan.mail.interfaces.rest;
