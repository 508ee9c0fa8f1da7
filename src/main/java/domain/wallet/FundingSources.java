package domain.wallet;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the funding sources users linked. */
public interface FundingSources {
    void add(FundingSource source);

    /** Makes this source the user's default, and no other. */
    void makeDefault(String userId, UUID sourceId);

    Optional<FundingSource> byId(String userId, UUID sourceId);

    Optional<FundingSource> defaultOf(String userId);

    int countOf(String userId);

    /** The user's sources, oldest first. */
    Page<FundingSource> of(String userId, PageRequest page);
}
