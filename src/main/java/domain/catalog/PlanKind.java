package domain.catalog;

public enum PlanKind {
    /** Goods delivered every cycle and billed per delivery (water every two weeks, coffee monthly). */
    REGULAR_DELIVERY,
    /** One item installed at the start, billed monthly, with a commitment period. */
    RENTAL
}
