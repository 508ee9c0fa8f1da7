package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.util.Optional;

/** An admin registers partner shops; a shop proves who it is with the API key it got then. */
public interface RegisterShopUseCase {

    RegisteredShop register(RegisterShop command);

    Optional<ShopId> authenticate(String apiKey);

    Page<Shop> list(PageRequest page);

    record RegisterShop(String name) {
        public RegisterShop {
            new Validation().text(name, "name", 200).throwIfInvalid();
        }
    }

    /** The API key is returned only here, once; gudok keeps only its hash. */
    record RegisteredShop(Shop shop, String apiKey) { }
}
