package domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ManageApiKeysUseCase.IssueApiKey;
import domain.catalog.ManageApiKeysUseCase.IssuedApiKey;
import domain.shared.BusinessCalendar;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.RecordedEvents;
import domain.shared.StateConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

    private final InMemoryApiKeys store = new InMemoryApiKeys();
    private final ApiKeyService keys = new ApiKeyService(store, new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC)));
    private final ShopId shop = store.shop();

    @Test
    void anIssuedKeyIsShownOnceAndOnlyItsHashAndPrefixAreKept() {
        IssuedApiKey issued = keys.issue(shop, new IssueApiKey("  POS system "));

        assertThat(issued.secret()).startsWith("gdk_").hasSizeGreaterThan(40);
        ApiKey key = issued.key();
        assertThat(key.name()).isEqualTo("POS system");
        assertThat(key.shop()).isEqualTo(shop);
        assertThat(key.prefix()).isEqualTo(issued.secret().substring(0, 10));
        assertThat(key.hash()).isEqualTo(ShopApiKey.hash(issued.secret())).isNotEqualTo(issued.secret()).hasSize(64);
        assertThat(key.createdAt()).isEqualTo(NOW);
        assertThat(key.active()).isTrue();
        assertThat(store.keys).containsValue(key);
        assertThat(keys.key(shop, key.id())).isEqualTo(key);
    }

    @Test
    void everyKeyIsDifferent() {
        String first = keys.issue(shop, new IssueApiKey("a")).secret();
        String second = keys.issue(shop, new IssueApiKey("b")).secret();

        assertThat(first).isNotEqualTo(second);
        assertThat(ShopApiKey.hash(first)).isNotEqualTo(ShopApiKey.hash(second));
    }

    @Test
    void aShopHoldsAtMostTenWorkingKeys() {
        for (int i = 0; i < 9; i++) keys.issue(shop, new IssueApiKey("key " + i));
        keys.issue(shop, new IssueApiKey("the tenth"));

        assertThatThrownBy(() -> keys.issue(shop, new IssueApiKey("one more"))).isInstanceOfSatisfying(StateConflictException.class,
                e -> assertThat(e.currentState()).isEqualTo("HOLDING_10_KEYS"));
        assertThat(keys.keys(shop, new PageRequest(null, 100)).items()).hasSize(10);
    }

    @Test
    void anUnknownShopGetsNoKey() {
        assertThatThrownBy(() -> keys.issue(ShopId.random(), new IssueApiKey("x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> keys.revoke(ShopId.random(), UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(store.keys).isEmpty();
    }

    @Test
    void aWorkingKeyAuthenticatesItsShopAndItsUseIsRecorded() {
        IssuedApiKey issued = keys.issue(shop, new IssueApiKey("POS"));

        Optional<ApiKey> found = keys.authenticate(issued.secret());

        assertThat(found).contains(issued.key());
        assertThat(store.used).containsExactly(issued.key().id() + "@" + NOW);
        assertThat(keys.authenticate(issued.secret() + "x")).isEmpty();
    }

    @Test
    void blankOrOverlongKeysAreNotEvenLookedUp() {
        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate("   ")).isEmpty();
        assertThat(keys.authenticate("k".repeat(201))).isEmpty();
        assertThat(store.lookups).isZero();
    }

    @Test
    void aKeyOfTwoHundredCharactersIsLookedUp() {
        String secret = "k".repeat(200);
        ApiKey key = new ApiKey(UUID.randomUUID(), shop, "long", "kkkkkkkkkk", ShopApiKey.hash(secret), NOW, null, null);
        store.add(key);

        assertThat(keys.authenticate(secret)).contains(key);
    }

    @Test
    void aRevokedKeyNoLongerWorks() {
        IssuedApiKey old = keys.issue(shop, new IssueApiKey("old"));
        IssuedApiKey fresh = keys.issue(shop, new IssueApiKey("new"));

        ApiKey revoked = keys.revoke(shop, old.key().id());

        assertThat(revoked.revokedAt()).isEqualTo(NOW);
        assertThat(revoked.active()).isFalse();
        assertThat(keys.authenticate(old.secret())).isEmpty();
        assertThat(keys.authenticate(fresh.secret())).isPresent();
        assertThat(keys.keys(shop, new PageRequest(null, 10)).items()).extracting(ApiKey::id).containsExactly(fresh.key().id());
        assertThat(keys.key(shop, old.key().id()).active()).isFalse();
        assertThatThrownBy(() -> keys.revoke(shop, old.key().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLastWorkingKeyCannotBeRevoked() {
        IssuedApiKey only = keys.issue(shop, new IssueApiKey("only"));

        assertThatThrownBy(() -> keys.revoke(shop, only.key().id())).isInstanceOfSatisfying(StateConflictException.class,
                e -> assertThat(e.currentState()).isEqualTo("LAST_ACTIVE_KEY"));
        assertThat(keys.authenticate(only.secret())).isPresent();
    }

    @Test
    void aShopSeesAndRevokesOnlyItsOwnKeys() {
        ShopId other = store.shop();
        IssuedApiKey theirs = keys.issue(other, new IssueApiKey("theirs"));
        keys.issue(other, new IssueApiKey("theirs too"));
        keys.issue(shop, new IssueApiKey("mine"));
        keys.issue(shop, new IssueApiKey("mine too"));

        assertThatThrownBy(() -> keys.key(shop, theirs.key().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> keys.revoke(shop, theirs.key().id())).isInstanceOf(NotFoundException.class);
        assertThat(keys.authenticate(theirs.secret())).isPresent();
    }

    @Test
    void aKeysPrefixIsItsFirstTenCharacters() {
        assertThat(ShopApiKey.prefixOf("gdk_abcdefghij")).isEqualTo("gdk_abcdef");
        assertThat(ShopApiKey.prefixOf("gdk_ab")).isEqualTo("gdk_ab");
        assertThat(ShopApiKey.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aRegisteredShopGetsItsFirstKeyWhichWorksAtOnce() {
        List<Shop> registered = new ArrayList<>();
        RecordedEvents events = new RecordedEvents();
        ShopRegistration registration = new ShopRegistration(new Shops() {
            @Override
            public void add(Shop shop) {
                registered.add(shop);
                store.shops.add(shop.id());
            }

            @Override
            public Optional<Shop> byId(ShopId id) {
                return registered.stream().filter(s -> s.id().equals(id)).findFirst();
            }

            @Override
            public Page<Shop> list(PageRequest page) {
                return new Page<>(List.copyOf(registered), null);
            }
        }, keys, new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC)), events);

        RegisterShopUseCase.RegisteredShop result = registration.register(new RegisterShopUseCase.RegisterShop("  Jeju Water "));

        assertThat(result.shop().name()).isEqualTo("Jeju Water");
        assertThat(result.shop().registeredAt()).isEqualTo(NOW);
        assertThat(registration.list(new PageRequest(null, 10)).items()).containsExactly(result.shop());
        assertThat(result.firstKey().key().name()).isEqualTo("initial");
        assertThat(keys.authenticate(result.firstKey().secret())).get().extracting(ApiKey::shop).isEqualTo(result.shop().id());
        assertThat(events.all()).containsExactly(new CatalogEvent.ShopRegistered(result.shop(), NOW));
        assertThat(events.described()).containsExactly("shop.registered " + result.shop().id());
    }

    /** API keys in a map. */
    static final class InMemoryApiKeys implements ApiKeys {
        final Map<UUID, ApiKey> keys = new LinkedHashMap<>();
        final Set<ShopId> shops = new HashSet<>();
        final List<String> used = new ArrayList<>();
        int lookups;

        ShopId shop() {
            ShopId shop = ShopId.random();
            shops.add(shop);
            return shop;
        }

        @Override
        public void add(ApiKey key) {
            keys.put(key.id(), key);
        }

        @Override
        public Optional<ApiKey> activeByHash(String hash) {
            lookups++;
            return keys.values().stream().filter(k -> k.active() && k.hash().equals(hash)).findFirst();
        }

        @Override
        public Optional<ApiKey> byId(ShopId shop, UUID id) {
            return Optional.ofNullable(keys.get(id)).filter(k -> k.shop().equals(shop));
        }

        @Override
        public Page<ApiKey> activeOf(ShopId shop, PageRequest page) {
            return new Page<>(keys.values().stream().filter(k -> k.shop().equals(shop) && k.active()).limit(page.limit()).toList(), null);
        }

        @Override
        public Optional<Integer> lockShopAndCountActive(ShopId shop) {
            if (!shops.contains(shop)) return Optional.empty();
            return Optional.of((int) keys.values().stream().filter(k -> k.shop().equals(shop) && k.active()).count());
        }

        @Override
        public void revoke(UUID id, Instant at) {
            keys.computeIfPresent(id, (k, key) -> key.revoked(at));
        }

        @Override
        public void used(UUID id, Instant at) {
            used.add(id + "@" + at);
        }
    }
}
