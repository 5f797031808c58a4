/** E-mail infrastructure: SMTP through Jakarta Mail or .eml files, the settings, the MariaDB stores and the timers. */
package nl.regioan.mail.infrastructure;
