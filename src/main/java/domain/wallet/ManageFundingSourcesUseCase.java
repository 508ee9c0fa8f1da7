package domain.wallet;

import java.util.List;
import java.util.UUID;

/** Inbound port: a user links cards and bank accounts to top up from. */
public interface ManageFundingSourcesUseCase {
    /** The first source linked becomes the default. */
    FundingSource link(String userId, FundingKind kind, String number);

    List<FundingSource> sources(String userId);

    FundingSource makeDefault(String userId, UUID sourceId);
}
