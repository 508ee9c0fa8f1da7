package domain.catalog;

public enum PlanStatus {
    ACTIVE,
    /** No new subscriptions; existing subscriptions keep the plan. */
    RETIRED
}
