package domain.notification;

/** Where an email or push message stands: waiting (for its time, or a retry), sent, or given up. */
public enum SendState { PENDING, SENT, FAILED }
