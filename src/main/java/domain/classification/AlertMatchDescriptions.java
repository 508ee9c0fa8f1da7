package domain.classification;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a user's alerts matched, in the words a notification says: the alerts' names and the item's title as they are
 * now. Nothing when the alerts are gone (deleted, or their account closed) or the item is: no one is told of those.
 */
public final class AlertMatchDescriptions {
    private final Filters filters;
    private final ItemSource items;

    public AlertMatchDescriptions(Filters filters, ItemSource items) {
        this.filters = filters;
        this.items = items;
    }

    public record Description(List<String> alertNames, String itemTitle) { }

    public Optional<Description> describe(String owner, Collection<UUID> alertIds, ItemKey item) {
        List<String> names = filters.byIds(alertIds).values().stream()
                .filter(f -> f.purpose() == FilterPurpose.ALERT && f.owner().equals(owner))
                .sorted(Comparator.comparing(Filter::name)).map(Filter::name).toList();
        if (names.isEmpty()) return Optional.empty();
        Map<ItemKey, Item> current = items.current(List.of(item));
        Item found = current.get(item);
        return found == null ? Optional.empty() : Optional.of(new Description(names, found.title()));
    }
}
