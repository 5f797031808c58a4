/** E-mail use cases: enqueue a mail (the port other features call), deliver the outbox, preferences, unsubscribe, digests, reminders. */
package nl.regioan.mail.application;
