/** REST resources for logging in and out, the caller's own account and API tokens, and account administration. */
package nl.regioan.account.interfaces.rest;
