package domain.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Outbound port: who is told about a subscription, and who can no longer be told anything. */
public interface Recipients {
    /** The subscriber of each subscription found. */
    Map<UUID, String> ownersOf(Collection<UUID> subscriptionIds);

    /** Those of the users whose account is closed. */
    Set<String> closed(Collection<String> userIds);
}
