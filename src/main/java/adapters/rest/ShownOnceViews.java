package adapters.rest;

import domain.catalog.ApiKey;
import domain.catalog.ManageApiKeysUseCase;
import domain.catalog.RegisterShopUseCase;
import java.time.Instant;
import java.util.UUID;

/** Answers that show a secret once: what is stored for replays leaves it out. */
final class ShownOnceViews {
    private ShownOnceViews() { }

    /** The API key is in the first answer only: a replay of the registration answers without it. */
    public record RegisteredShopView(UUID id, String name, Instant registeredAt, String apiKey) implements IdempotentCreation.ShownOnce {
        @Override
        public Object withoutSecrets() {
            return new RegisteredShopView(id, name, registeredAt, null);
        }

        static RegisteredShopView of(RegisterShopUseCase.RegisteredShop registered) {
            var shop = registered.shop();
            return new RegisteredShopView(shop.id().value(), shop.name(), shop.registeredAt(), registered.firstKey().secret());
        }
    }

    /** A key just issued: the secret {@code apiKey} is in this answer only (a replay leaves it out). */
    public record IssuedApiKeyView(UUID id, String name, String prefix, Instant createdAt, String apiKey)
            implements IdempotentCreation.ShownOnce {
        @Override
        public Object withoutSecrets() {
            return new IssuedApiKeyView(id, name, prefix, createdAt, null);
        }

        static IssuedApiKeyView of(ManageApiKeysUseCase.IssuedApiKey issued) {
            ApiKey key = issued.key();
            return new IssuedApiKeyView(key.id(), key.name(), key.prefix(), key.createdAt(), issued.secret());
        }
    }

    /** An endpoint just made: its signing {@code secret} is in this answer only (a replay leaves it out). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CreatedWebhookEndpointView(UUID id, UUID shopId, String url, java.util.List<String> eventTypes, String description,
                                             domain.webhook.EndpointStatus status, Instant createdAt, Instant updatedAt,
                                             @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "whsec_ and the base64 of 32 random bytes: verify each message's webhook-signature with it (Standard Webhooks)")
                                             String secret) implements IdempotentCreation.ShownOnce {
        @Override
        public Object withoutSecrets() {
            return new CreatedWebhookEndpointView(id, shopId, url, eventTypes, description, status, createdAt, updatedAt, null);
        }

        static CreatedWebhookEndpointView of(domain.webhook.ManageWebhookEndpointsUseCase.CreatedEndpoint created) {
            var e = created.endpoint();
            return new CreatedWebhookEndpointView(e.id(), e.shop().value(), e.url(), e.eventTypes().stream().sorted().toList(), e.description(),
                    e.status(), e.createdAt(), e.updatedAt(), created.secret());
        }
    }

    /** A rotation's answer: the new secret, once, and until when the replaced one still signs. */
    public record RotatedWebhookSecretView(String secret, Instant previousSecretUntil) { }
}
