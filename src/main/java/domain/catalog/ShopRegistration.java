package domain.catalog;

import domain.shared.BusinessCalendar;
import domain.shared.Page;
import domain.shared.PageRequest;

public final class ShopRegistration implements RegisterShopUseCase {
    static final String FIRST_KEY_NAME = "initial";
    private final Shops shops;
    private final ApiKeyService keys;
    private final BusinessCalendar calendar;

    public ShopRegistration(Shops shops, ApiKeyService keys, BusinessCalendar calendar) {
        this.shops = shops;
        this.keys = keys;
        this.calendar = calendar;
    }

    @Override
    public RegisteredShop register(RegisterShop command) {
        Shop shop = new Shop(ShopId.random(), command.name().strip(), calendar.now());
        shops.add(shop);
        return new RegisteredShop(shop, keys.issueFor(shop.id(), FIRST_KEY_NAME));
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
