package nl.regioan.access.domain;

/** The life of a knowledge-base item: only published items reach ordinary readers. */
public enum ContentStatus {
    DRAFT, PUBLISHED, RETIRED
}
