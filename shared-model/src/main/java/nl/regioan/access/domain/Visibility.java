package nl.regioan.access.domain;

/** Who may read a published knowledge-base item. */
public enum Visibility {
    /** Every account of a participating municipality and all regional staff. */
    REGION,
    /** The owning municipality's accounts plus the regional roles (editor, steering, coordinator). */
    MUNICIPALITY,
    /** The steering group and the coordinator only. */
    STEERING
}
