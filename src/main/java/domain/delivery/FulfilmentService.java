package domain.delivery;

import domain.catalog.ShopId;
import domain.delivery.DeliveryEvent.DeliveryDelivered;
import domain.delivery.DeliveryEvent.DeliveryShipped;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;

public final class FulfilmentService implements FulfilDeliveriesUseCase, ViewDeliveriesUseCase {
    private final Deliveries deliveries;
    private final BusinessCalendar calendar;
    private final EventLog events;

    public FulfilmentService(Deliveries deliveries, BusinessCalendar calendar, EventLog events) {
        this.events = events;
        this.deliveries = deliveries;
        this.calendar = calendar;
    }

    @Override
    public Page<Delivery> deliveries(ShopId shop, ShopDeliveryFilter filter, PageRequest page) {
        return deliveries.ofShop(shop, filter, page);
    }

    @Override
    public Delivery reportShipment(ShopId shop, UUID deliveryId, ReportShipment command) {
        Delivery shipped = shopsDelivery(shop, deliveryId)
                .ship(new Shipment(command.carrier().strip(), command.trackingNumber().strip(), calendar.now()));
        deliveries.update(List.of(shipped));
        events.record(new DeliveryShipped(shipped, calendar.now()));
        return shipped;
    }

    @Override
    public Delivery reportDelivered(ShopId shop, UUID deliveryId) {
        Delivery delivered = shopsDelivery(shop, deliveryId).markDelivered(calendar.now());
        deliveries.update(List.of(delivered));
        events.record(new DeliveryDelivered(delivered, calendar.now()));
        return delivered;
    }

    @Override
    public Page<Delivery> deliveries(String userId, UUID subscriptionOrNull, DeliveryTimeframe timeframe, PageRequest page) {
        return deliveries.ofUser(userId, subscriptionOrNull, timeframe, calendar.today(), page);
    }

    private Delivery shopsDelivery(ShopId shop, UUID deliveryId) {
        return deliveries.byId(deliveryId).filter(d -> d.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
    }

    @Override
    public Delivery delivery(String userId, UUID deliveryId) {
        return deliveries.byId(deliveryId).filter(d -> d.userId().equals(userId))
                .orElseThrow(() -> new domain.shared.NotFoundException("delivery", deliveryId));
    }
}
