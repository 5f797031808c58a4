/** Account use cases: password hashing, the first administrator. */
package nl.regioan.account.application;
