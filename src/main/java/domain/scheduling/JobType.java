package domain.scheduling;

import java.util.regex.Pattern;

/** What a job does, named by the context that handles it (for example {@code delivery.dispatch}). */
public record JobType(String name) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public JobType {
        if (name == null || name.length() > 64 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("job type must be dotted lower-case words: " + name);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
