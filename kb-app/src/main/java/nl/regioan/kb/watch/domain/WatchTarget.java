package nl.regioan.kb.watch.domain;

/** What can be followed. */
public enum WatchTarget { THEME, ITEM }
