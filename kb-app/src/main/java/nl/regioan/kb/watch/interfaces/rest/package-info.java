/** REST resource of watching: follow, unfollow, what changed, mark as seen. */
package nl.regioan.kb.watch.interfaces.rest;
