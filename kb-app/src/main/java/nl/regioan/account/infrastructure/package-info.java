/** JPA implementations of the account, API token and login throttle repositories. */
package nl.regioan.account.infrastructure;
