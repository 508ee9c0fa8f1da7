package domain.wallet;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the funding sources users linked. */
public interface FundingSources {
    void add(FundingSource source);

    /**
     * Locks the user's wallet, opening it if needed, until the transaction ends: links, unlinks and default
     * changes of one user's sources (and turning auto top-up on) queue up behind it.
     */
    void lockOwner(String userId);

    /** Makes this source the user's default, and no other. */
    void makeDefault(String userId, UUID sourceId);

    /** The source, linked or unlinked (a pending top-up from an unlinked source still settles with its token). */
    Optional<FundingSource> byId(String userId, UUID sourceId);

    Optional<FundingSource> defaultOf(String userId);

    /** How many sources the user has linked (unlinked ones are not counted). */
    int countOf(String userId);

    /** Marks the source unlinked (now) and no longer the default; it stays for the top-ups made from it. */
    void unlink(String userId, UUID sourceId);

    /** The user's linked sources, oldest first. */
    Page<FundingSource> of(String userId, PageRequest page);
}
