/** E-mail: kinds of mail, what a mail says, preferences per account, the retry rule, and the stores' interfaces. */
package nl.regioan.mail.domain;
