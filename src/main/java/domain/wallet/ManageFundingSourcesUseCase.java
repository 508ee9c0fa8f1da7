package domain.wallet;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** Inbound port: a user links cards and bank accounts to top up from. */
public interface ManageFundingSourcesUseCase {
    /** The first source linked becomes the default. */
    FundingSource link(String userId, FundingKind kind, String number);

    /** Oldest first. */
    Page<FundingSource> sources(String userId, PageRequest page);

    /** One of the user's sources, linked or unlinked (a top-up still names it). */
    FundingSource source(String userId, UUID sourceId);

    FundingSource makeDefault(String userId, UUID sourceId);
}
