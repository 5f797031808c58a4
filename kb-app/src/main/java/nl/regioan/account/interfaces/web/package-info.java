/**
 * A login as the HTTP session keeps it: what the session remembers and the session cookie. Written
 * by the login resource, read by the security filters ({@code nl.regioan.security}).
 */
package nl.regioan.account.interfaces.web;
