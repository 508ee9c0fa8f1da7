package domain.notification;

/** A notification's words: a short title and a body of a sentence or two. */
public record NotificationText(String title, String body) { }
