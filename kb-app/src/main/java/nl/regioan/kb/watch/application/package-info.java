/** Use cases of watching: follow, unfollow, what changed since the last visit, mark as seen. */
package nl.regioan.kb.watch.application;
