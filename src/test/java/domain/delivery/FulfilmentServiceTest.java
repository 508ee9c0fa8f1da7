package domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ShopId;
import domain.delivery.FulfilDeliveriesUseCase.ReportShipment;
import domain.shared.BusinessCalendar;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.RecordedEvents;
import domain.shared.StateConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A shop reports its deliveries shipped and delivered; subscribers see their own. Now is 2026-03-02 00:30 in Seoul. */
class FulfilmentServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T15:30:00Z");
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");
    private static final PageRequest PAGE = new PageRequest(null, 20);

    private final MapDeliveries store = new MapDeliveries();
    private final RecordedEvents events = new RecordedEvents();
    private final FulfilmentService fulfilment = new FulfilmentService(store, new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC)),
            events);
    private final ShopId shop = ShopId.random();

    private Delivery dispatched(String userId) {
        Delivery d = Delivery.scheduled(UUID.randomUUID(), userId, shop, UUID.randomUUID(), 0, LocalDate.of(2026, 3, 2), 1, ADDRESS)
                .paid().dispatch();
        store.add(List.of(d));
        return d;
    }

    @Test
    void aShipmentIsRecordedTrimmedAndStored() {
        Delivery d = dispatched("kim");

        Delivery shipped = fulfilment.reportShipment(shop, d.id(), new ReportShipment("  CJ Logistics ", " 1234-5678 "));

        assertThat(shipped.state()).isEqualTo(DeliveryState.SHIPPED);
        assertThat(shipped.shipment()).isEqualTo(new Shipment("CJ Logistics", "1234-5678", NOW));
        assertThat(store.byId(d.id())).contains(shipped);
        assertThat(events.all()).containsExactly(new DeliveryEvent.DeliveryShipped(shipped, NOW));
    }

    @Test
    void aShippedDeliveryIsMarkedDeliveredOnce() {
        Delivery d = dispatched("kim");
        Delivery shipped = fulfilment.reportShipment(shop, d.id(), new ReportShipment("CJ", "1"));

        Delivery delivered = fulfilment.reportDelivered(shop, d.id());

        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(NOW);
        assertThat(store.byId(d.id())).contains(delivered);
        assertThatThrownBy(() -> fulfilment.reportDelivered(shop, d.id())).isInstanceOf(StateConflictException.class);
        assertThat(events.all()).as("delivered once").containsExactly(new DeliveryEvent.DeliveryShipped(shipped, NOW),
                new DeliveryEvent.DeliveryDelivered(delivered, NOW));
    }

    @Test
    void aDeliveryNotShippedCannotBeMarkedDelivered() {
        Delivery d = dispatched("kim");

        assertThatThrownBy(() -> fulfilment.reportDelivered(shop, d.id())).isInstanceOf(StateConflictException.class);
        assertThat(store.byId(d.id())).contains(d);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void aShopReportsOnlyOnItsOwnDeliveries() {
        Delivery d = dispatched("kim");
        ShopId other = ShopId.random();

        assertThatThrownBy(() -> fulfilment.reportShipment(other, d.id(), new ReportShipment("CJ", "1")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fulfilment.reportDelivered(other, d.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fulfilment.reportDelivered(shop, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(store.byId(d.id())).contains(d);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void aSubscriberSeesOnlyTheirOwnDeliveriesCountedFromTheSeoulDate() {
        Delivery mine = dispatched("kim");
        dispatched("lee");

        assertThat(fulfilment.delivery("kim", mine.id())).isEqualTo(mine);
        assertThatThrownBy(() -> fulfilment.delivery("lee", mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(fulfilment.deliveries("kim", null, DeliveryTimeframe.UPCOMING, PAGE).items()).containsExactly(mine);
        assertThat(store.todays).containsExactly(LocalDate.of(2026, 3, 2));
        assertThat(fulfilment.deliveries(shop, new ShopDeliveryFilter(null, null, null), PAGE).items()).hasSize(2);
        assertThat(fulfilment.deliveries(ShopId.random(), new ShopDeliveryFilter(null, null, null), PAGE).items()).isEmpty();
    }

    /** Deliveries in a map; the listings only filter by owner. */
    private static final class MapDeliveries implements Deliveries {
        final Map<UUID, Delivery> stored = new LinkedHashMap<>();
        final List<LocalDate> todays = new ArrayList<>();

        @Override
        public void add(Collection<Delivery> deliveries) {
            deliveries.forEach(d -> stored.put(d.id(), d));
        }

        @Override
        public void update(Collection<Delivery> deliveries) {
            deliveries.forEach(d -> stored.put(d.id(), d));
        }

        @Override
        public void remove(Collection<Delivery> deliveries) {
            deliveries.forEach(d -> stored.remove(d.id()));
        }

        @Override
        public Optional<Delivery> byId(UUID id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Delivery> aheadOf(UUID subscriptionId, LocalDate from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void lock(Collection<Delivery> deliveries) {
        }

        @Override
        public int unpaidInARow(UUID subscriptionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int lastCycleOf(UUID subscriptionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Delivery> ofUser(String userId, UUID subscriptionOrNull, DeliveryTimeframe timeframe, LocalDate today, PageRequest page) {
            todays.add(today);
            return new Page<>(stored.values().stream().filter(d -> d.userId().equals(userId)).toList(), null);
        }

        @Override
        public Page<Delivery> ofShop(ShopId shop, ShopDeliveryFilter filter, PageRequest page) {
            return new Page<>(stored.values().stream().filter(d -> d.shopId().equals(shop)).toList(), null);
        }
    }
}
