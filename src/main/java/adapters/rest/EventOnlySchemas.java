package adapters.rest;

import adapters.representation.ClassificationViews;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Representations that only events carry (no endpoint answers them), named in the OpenAPI document all the same: the
 * event catalog (/events/asyncapi.json) takes every payload's schema from it. The title and version here are
 * replaced by the configured ones.
 */
@OpenAPIDefinition(info = @Info(title = "gudok API", version = "1.0"), components = @Components(schemas = {
        @Schema(name = "ItemMatchesView", implementation = ClassificationViews.ItemMatchesView.class)}))
final class EventOnlySchemas {
    private EventOnlySchemas() { }
}
