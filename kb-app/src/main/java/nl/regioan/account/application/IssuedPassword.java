package nl.regioan.account.application;

import nl.regioan.account.domain.Account;

/** A created or reset account with its one-time password, shown to the administrator once. */
public record IssuedPassword(Account account, String temporaryPassword) {
}
