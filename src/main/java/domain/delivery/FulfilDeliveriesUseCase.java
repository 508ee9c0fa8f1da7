package domain.delivery;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.util.UUID;

/** A partner shop sees the deliveries it must fulfil and reports their shipment and arrival. */
public interface FulfilDeliveriesUseCase {

    Page<Delivery> deliveries(ShopId shop, ShopDeliveryFilter filter, PageRequest page);

    Delivery reportShipment(ShopId shop, UUID deliveryId, ReportShipment command);

    Delivery reportDelivered(ShopId shop, UUID deliveryId);

    record ReportShipment(String carrier, String trackingNumber) {
        public ReportShipment {
            new Validation().text(carrier, "carrier", 100).text(trackingNumber, "trackingNumber", 100).throwIfInvalid();
        }
    }
}
