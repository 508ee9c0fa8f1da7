package domain.wallet;

import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.util.UUID;

/** Links funding sources through the gateway, which keeps the numbers; gudok keeps its tokens. */
public final class FundingSourceService implements ManageFundingSourcesUseCase {
    private static final int MAX_SOURCES = 20;

    private final FundingSources sources;
    private final PaymentGateway gateway;
    private final BusinessCalendar calendar;

    public FundingSourceService(FundingSources sources, PaymentGateway gateway, BusinessCalendar calendar) {
        this.sources = sources;
        this.gateway = gateway;
        this.calendar = calendar;
    }

    @Override
    public FundingSource link(String userId, FundingKind kind, String number) {
        Validation validation = new Validation();
        validation.present(kind, "kind");
        if (validation.present(number, "number")) {
            validation.require(number.matches("[0-9]{8,19}"), "number", "must be 8 to 19 digits");
        }
        validation.throwIfInvalid();
        if (sources.countOf(userId) >= MAX_SOURCES) throw tooMany();
        PaymentGateway.RegisteredSource registered = gateway.register(kind, number);
        // Counted again under the owner's lock: of two first links at once, exactly one becomes the default.
        sources.lockOwner(userId);
        int linked = sources.countOf(userId);
        if (linked >= MAX_SOURCES) throw tooMany();
        FundingSource source = new FundingSource(UUID.randomUUID(), userId, kind, registered.token(), registered.last4(),
                linked == 0, calendar.now(), null);
        sources.add(source);
        return source;
    }

    private static InvalidInputException tooMany() {
        return InvalidInputException.of("number", "a wallet links at most " + MAX_SOURCES + " sources");
    }

    @Override
    public Page<FundingSource> sources(String userId, PageRequest page) {
        return sources.of(userId, page);
    }

    @Override
    public FundingSource source(String userId, UUID sourceId) {
        return sources.byId(userId, sourceId).orElseThrow(() -> new NotFoundException("funding source", sourceId));
    }

    @Override
    public FundingSource makeDefault(String userId, UUID sourceId) {
        sources.lockOwner(userId); // not while the source is being unlinked
        FundingSource source = sources.byId(userId, sourceId).filter(FundingSource::isLinked)
                .orElseThrow(() -> new NotFoundException("funding source", sourceId));
        sources.makeDefault(userId, sourceId);
        return source.asDefault(true);
    }
}
