/** Accounts of civil servants: their municipality (or the region) and their roles. */
package nl.regioan.account.domain;
