/** Watching: a person follows a theme or an item and sees what changed since their last visit. */
package nl.regioan.kb.watch.domain;
