package nl.regioan.kb.item.domain;

/** What sort of knowledge an item holds (section 4.2 of the policy framework). */
public enum ItemKind {
    BEST_PRACTICE,
    POLICY_DOCUMENT,
    STANDARD_FORM,
    HOUSING_LOCATION,
    NUISANCE_REPORT,
    DEVELOPMENT_UPDATE,
    PARTICIPATION_CASE
}
