package domain.catalog;

import domain.shared.BusinessCalendar;
import domain.shared.ConcurrentUpdateException;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;

public final class ShopRegistration implements RegisterShopUseCase {
    private final Shops shops;
    private final BusinessCalendar calendar;

    public ShopRegistration(Shops shops, BusinessCalendar calendar) {
        this.shops = shops;
        this.calendar = calendar;
    }

    @Override
    public RegisteredShop register(RegisterShop command) {
        String apiKey = ShopApiKey.generate();
        Shop shop = new Shop(ShopId.random(), command.name().strip(), ShopApiKey.hash(apiKey), calendar.now());
        shops.add(shop);
        return new RegisteredShop(shop, apiKey);
    }

    @Override
    public RegisteredShop issueNewApiKey(ShopId id) {
        Shop shop = shops.byId(id).orElseThrow(() -> new NotFoundException("shop", id.value()));
        String apiKey = ShopApiKey.generate();
        Shop rekeyed = new Shop(shop.id(), shop.name(), ShopApiKey.hash(apiKey), shop.registeredAt());
        // Two new keys at once: one wins; the other would hand out a key that never worked.
        if (!shops.replaceApiKeyHash(id, shop.apiKeyHash(), rekeyed.apiKeyHash())) throw new ConcurrentUpdateException("shop", id.value());
        return new RegisteredShop(rekeyed, apiKey);
    }

    @Override
    public Optional<ShopId> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) return Optional.empty();
        return shops.byApiKeyHash(ShopApiKey.hash(apiKey)).map(Shop::id);
    }

    @Override
    public Page<Shop> list(PageRequest page) {
        return shops.list(page);
    }
}
