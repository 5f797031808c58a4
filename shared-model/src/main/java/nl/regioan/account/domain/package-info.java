/**
 * Accounts of civil servants: their municipality (or the region) and their roles (the roles
 * themselves are the access model's, {@code nl.regioan.access.domain.Role}); their API tokens and
 * failed-login counts; the repository interfaces of all three.
 */
package nl.regioan.account.domain;
