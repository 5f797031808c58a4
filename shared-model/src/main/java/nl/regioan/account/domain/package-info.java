/**
 * Accounts of civil servants: their municipality (or the region) and their roles; their API tokens
 * and failed-login counts; the repository interfaces of all three.
 */
package nl.regioan.account.domain;
