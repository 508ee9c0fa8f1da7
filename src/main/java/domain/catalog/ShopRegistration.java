package domain.catalog;

import domain.catalog.CatalogEvent.ShopRegistered;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.Page;
import domain.shared.PageRequest;

public final class ShopRegistration implements RegisterShopUseCase {
    static final String FIRST_KEY_NAME = "initial";
    private final Shops shops;
    private final ApiKeyService keys;
    private final BusinessCalendar calendar;
    private final EventLog events;

    public ShopRegistration(Shops shops, ApiKeyService keys, BusinessCalendar calendar, EventLog events) {
        this.events = events;
        this.shops = shops;
        this.keys = keys;
        this.calendar = calendar;
    }

    @Override
    public RegisteredShop register(RegisterShop command) {
        Shop shop = new Shop(ShopId.random(), command.name().strip(), calendar.now());
        shops.add(shop);
        RegisteredShop registered = new RegisteredShop(shop, keys.issueFor(shop.id(), FIRST_KEY_NAME));
        events.record(new ShopRegistered(shop, calendar.now()));
        return registered;
    }

    @Override
    public Page<Shop> list(PageRequest page) {
        return shops.list(page);
    }

    @Override
    public Shop shop(ShopId id) {
        return shops.byId(id).orElseThrow(() -> new domain.shared.NotFoundException("shop", id.value()));
    }
}
