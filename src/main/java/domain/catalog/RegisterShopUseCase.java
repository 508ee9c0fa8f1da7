package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;

/** An admin registers partner shops; each gets its first API key then (more through {@link ManageApiKeysUseCase}). */
public interface RegisterShopUseCase {

    RegisteredShop register(RegisterShop command);

    Page<Shop> list(PageRequest page);

    Shop shop(ShopId id);

    record RegisterShop(String name) {
        public RegisterShop {
            new Validation().text(name, "name", 200).throwIfInvalid();
        }
    }

    /** The shop's first API key, named "initial", is returned only here, once; gudok keeps only its hash. */
    record RegisteredShop(Shop shop, ManageApiKeysUseCase.IssuedApiKey firstKey) { }
}
