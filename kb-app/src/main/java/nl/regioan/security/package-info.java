/**
 * HTTP security: the authentication mechanism (session cookie or Bearer token), the actor of a
 * request, role checks on REST resources, CSRF protection and security headers. What an actor may
 * do is decided by {@link nl.regioan.access.domain.AccessPolicy}, not here.
 */
package nl.regioan.security;
