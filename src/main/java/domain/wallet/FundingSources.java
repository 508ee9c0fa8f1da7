package domain.wallet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the funding sources users linked. */
public interface FundingSources {
    void add(FundingSource source);

    /** Makes this source the user's default, and no other. */
    void makeDefault(String userId, UUID sourceId);

    Optional<FundingSource> byId(String userId, UUID sourceId);

    Optional<FundingSource> defaultOf(String userId);

    List<FundingSource> of(String userId);
}
