package adapters.rest;

import adapters.representation.ClassificationViews.FilterView;
import adapters.representation.Views;
import domain.classification.FilterPurpose;
import domain.classification.FilterTester;
import domain.classification.ItemKind;
import domain.classification.ManageFiltersUseCase;
import domain.classification.SampleItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** What the pool and alert resources share: one owner's filters of one purpose, at one path. */
@ApplicationScoped
class FilterEndpoints {
    private final ManageFiltersUseCase filters;
    private final IdempotentCreation idempotent;

    FilterEndpoints(ManageFiltersUseCase filters, IdempotentCreation idempotent) {
        this.filters = filters;
        this.idempotent = idempotent;
    }

    Response create(FilterPurpose purpose, String owner, String scope, String key, String path, Requests.NewFilter body) {
        return create(purpose, owner, scope, key, path, body, () -> { });
    }

    /** With a check run in the creation's own transaction first (a user's account still open, say). */
    Response create(FilterPurpose purpose, String owner, String scope, String key, String path, Requests.NewFilter body, Runnable check) {
        Requests.NewFilter r = Params.body(body);
        ManageFiltersUseCase.NewFilter command = new ManageFiltersUseCase.NewFilter(r.name(), r.subject(), r.filter());
        return idempotent.run(scope, key, "POST " + path, r, () -> {
            check.run();
            FilterView created = FilterView.of(filters.create(purpose, owner, command));
            return Response.created(URI.create(path + "/" + created.id())).entity(created).build();
        });
    }

    FilterView change(FilterPurpose purpose, String owner, String id, Requests.ChangeFilter body) {
        Requests.ChangeFilter r = Params.body(body);
        UUID filterId = Params.id(label(purpose), id);
        return FilterView.of(filters.change(purpose, owner, filterId, r.version(),
                new ManageFiltersUseCase.ChangedFilter(r.name(), r.filter())));
    }

    void delete(FilterPurpose purpose, String owner, String id) {
        filters.delete(purpose, owner, Params.id(label(purpose), id));
    }

    FilterView get(FilterPurpose purpose, String owner, String id) {
        return FilterView.of(filters.get(purpose, owner, Params.id(label(purpose), id)));
    }

    Views.PageView<FilterView> list(FilterPurpose purpose, String owner, String cursor, String limit) {
        return Views.PageView.of(filters.list(purpose, owner, Params.page(cursor, limit)), FilterView::of);
    }

    Views.PageView<adapters.representation.ClassificationViews.MatchView> members(FilterPurpose purpose, String owner, String id,
                                                                                 String cursor, String limit) {
        return Views.PageView.of(filters.members(purpose, owner, Params.id(label(purpose), id), Params.page(cursor, limit)),
                adapters.representation.ClassificationViews.MatchView::of);
    }

    /** {@code shop}, when given, is the shop every sample plan belongs to (a shop's pool holds its own plans only). */
    TestOutcome test(FilterPurpose purpose, String owner, UUID shop, Requests.TestFilter body) {
        Requests.TestFilter r = Params.body(body);
        domain.shared.Validation required = new domain.shared.Validation();
        required.present(r.subject(), "subject");
        required.present(r.filter(), "filter");
        required.present(r.item(), "item");
        required.throwIfInvalid();
        Requests.SampleItemJson s = r.item();
        ItemKind subject = r.subject();
        var sample = SampleItem.of(subject, s.title(), s.body(), s.category(), s.tags(), s.imageCount(), s.price(), s.regions(),
                shop != null ? shop : s.shopId(), s.planKind(), s.logger(), s.level(), s.exceptionTypes());
        FilterTester.Outcome outcome = filters.test(purpose, owner, subject, r.filter(), sample);
        return new TestOutcome(outcome.matches(), outcome.parts());
    }

    /** {@code parts}: for a filter that is an and or an or, whether each of its parts matched. */
    record TestOutcome(boolean matches, List<Boolean> parts) { }

    private static String label(FilterPurpose purpose) {
        return purpose == FilterPurpose.ALERT ? "alert" : "pool";
    }
}
