package domain.classification;

/** What a filter sorts: shops' plans (with their products), partners' content (news-like items), or the app's own log records. */
public enum ItemKind { PLAN, CONTENT, LOG }
