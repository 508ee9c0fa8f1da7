package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.util.Optional;

/** An admin registers partner shops; a shop proves who it is with the API key it got then. */
public interface RegisterShopUseCase {

    RegisteredShop register(RegisterShop command);

    Optional<ShopId> authenticate(String apiKey);

    /**
     * A new API key for the shop, returned once, like the first; the key it had stops working at once. For a
     * key lost or leaked, and for a registration whose answer (the only copy of the key) was lost.
     */
    RegisteredShop issueNewApiKey(ShopId id);

    Page<Shop> list(PageRequest page);

    record RegisterShop(String name) {
        public RegisterShop {
            new Validation().text(name, "name", 200).throwIfInvalid();
        }
    }

    /** The API key is returned only here, once; gudok keeps only its hash. */
    record RegisteredShop(Shop shop, String apiKey) { }
}
