package domain.delivery;

import java.time.Instant;

/** The partner's report that a delivery left: who carries it and how to track it. */
public record Shipment(String carrier, String trackingNumber, Instant shippedAt) { }
