/** What the integration tests share: the test database, the real WAR, an HTTP client and a browser. */
package nl.regioan.testsupport;
