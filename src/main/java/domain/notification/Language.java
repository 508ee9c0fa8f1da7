package domain.notification;

/** The language a subscriber is written to in: Korean unless they chose English. */
public enum Language { KO, EN }
