package contract;

import static org.assertj.core.api.Assertions.assertThat;

import adapters.representation.EventCatalog;
import adapters.representation.EventCatalog.EventType;
import adapters.representation.Representations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import domain.catalog.DeliveryCycle;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.PlanStatus;
import domain.catalog.Product;
import domain.catalog.Shop;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.shared.DomainEvent;
import domain.shared.EventContext;
import domain.shared.Money;
import domain.subscription.Subscription;
import domain.wallet.Commission;
import domain.wallet.Payment;
import domain.wallet.TopUp;
import domain.wallet.TopUpStatus;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The event catalog integrators read (AsyncAPI 3.0, served at /events/asyncapi.json): it names every event the
 * domain records, it is generated from {@link EventCatalog} and the OpenAPI document's schemas (so the data of an
 * event is described exactly as the REST answer it equals), each message has an example made by the real
 * representation code, and it lints clean. When the catalog changes, copy target/asyncapi-generated.json over
 * the committed file.
 */
class EventCatalogDocumentTest {
    static final Path COMMITTED = Path.of("src/main/resources/META-INF/resources/events/asyncapi.json");
    private static final Path OPENAPI = Path.of("src/main/openapi/gudok.json");
    private static final Path REDOCLY = Path.of("docker/.state/redocly/node_modules/.bin/redocly");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** Every event record in the domain, as (type, context), made with empty fields: type and context are constants. */
    static Map<String, EventContext> domainEventTypes() throws Exception {
        Map<String, EventContext> types = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("domain")) {
            if (!type.isRecord() || !type.isAssignableTo(DomainEvent.class)) continue;
            Class<?> record = type.reflect();
            Constructor<?> canonical = record.getDeclaredConstructors()[0];
            Object[] nothing = new Object[canonical.getParameterCount()];
            DomainEvent event = (DomainEvent) canonical.newInstance(nothing);
            types.put(event.type(), event.context());
        }
        return types;
    }

    @Test
    void everyEventTheDomainRecordsIsInTheCatalogAndNothingElse() throws Exception {
        Map<String, EventContext> domain = domainEventTypes();
        assertThat(domain).hasSizeGreaterThan(25);
        Map<String, EventContext> catalog = new TreeMap<>();
        EventCatalog.TYPES.forEach(t -> catalog.put(t.type(), t.context()));
        assertThat(catalog).isEqualTo(domain);
    }

    @Test
    void theCommittedCatalogIsTheGeneratedOne() throws Exception {
        // read back, so that numbers compare as the file's do (a long written is an int read)
        JsonNode generated = JSON.readTree(JSON.writeValueAsString(generate()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/asyncapi-generated.json"), JSON.writeValueAsString(generated));
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " (copy target/asyncapi-generated.json)").isTrue();
        assertThat(JSON.readTree(COMMITTED.toFile())).as("copy target/asyncapi-generated.json over " + COMMITTED).isEqualTo(generated);
    }

    @Test
    void lintsClean() throws Exception {
        assertThat(REDOCLY).as("the linter; docker/platform test installs it").exists();
        Process lint = new ProcessBuilder(REDOCLY.toString(), "lint", "--format=json", COMMITTED.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        lint.getOutputStream().close();
        String report = new String(lint.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        JsonNode problems = JSON.readTree(report).path("problems");
        assertThat(problems.isArray()).as(report).isTrue();
        assertThat(problems).as("redocly lint on " + COMMITTED + ": " + report).isEmpty();
    }

    static JsonNode generate() throws Exception {
        JsonNode openApiSchemas = JSON.readTree(OPENAPI.toFile()).path("components").path("schemas");
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "gudok platform events");
        info.put("version", "1.0");
        info.put("description", "Every business change gudok makes, published once per change (at least once on the wire: drop a "
                + "repeat by its ce_id), in order per subject, as a CloudEvent 1.0 in Kafka binary mode: the data is the record "
                + "value (application/json), the attributes are ce_ headers, the record key is the subject. The data of each "
                + "type is the resource as the REST API shows it (the schemas of the same name in /q/openapi). See docs/events.md.");
        doc.put("defaultContentType", "application/json");
        ObjectNode server = doc.putObject("servers").putObject("kafka");
        server.put("host", "127.0.0.1:9092");
        server.put("protocol", "kafka");
        server.put("description", "The platform's Kafka cluster (the local development broker here)");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode scheme = components.putObject("securitySchemes").putObject("consumerCredentials");
        scheme.put("type", "scramSha512");
        scheme.put("description", "A consumer's credentials, issued per integrator where the cluster requires them (SASL/SCRAM); "
                + "the local development broker takes none");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEventHeaders", cloudEventHeaders());
        Set<String> needed = new LinkedHashSet<>();
        Map<Class<?>, Object> examples = examples();
        for (EventContext context : EventContext.values()) {
            String name = EventCatalog.contextName(context);
            var types = EventCatalog.TYPES.stream().filter(t -> t.context() == context).toList();
            if (types.isEmpty()) continue;
            ObjectNode channel = channels.putObject(name);
            channel.put("address", "gudok." + name);
            channel.put("description", "Topic gudok." + name + ": the " + name + " context's events; CloudEvents source /gudok/" + name);
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("receive" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
            operation.put("action", "receive");
            operation.putObject("channel").put("$ref", "#/channels/" + name);
            operation.putArray("security").addObject().put("$ref", "#/components/securitySchemes/consumerCredentials");
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventType type : types) {
                String key = type.cloudEventType();
                channelMessages.putObject(key).put("$ref", "#/components/messages/" + key);
                operationMessages.addObject().put("$ref", "#/channels/" + name + "/messages/" + key);
                ObjectNode message = messages.putObject(key);
                message.put("name", key);
                message.put("title", type.type());
                message.put("summary", type.when());
                message.put("description", "ce_type " + key + "; ce_subject and the record key: " + type.subject()
                        + ". The data is a " + type.data().getSimpleName() + ".");
                message.put("contentType", "application/json");
                message.putObject("headers").put("$ref", "#/components/schemas/CloudEventHeaders");
                message.putObject("payload").put("$ref", "#/components/schemas/" + type.data().getSimpleName());
                ObjectNode example = message.putArray("examples").addObject();
                example.put("name", type.type());
                example.set("payload", JSON.valueToTree(examples.get(type.data())));
                needed.add(type.data().getSimpleName());
            }
        }
        copySchemas(openApiSchemas, needed, schemas);
        return doc;
    }

    private static ObjectNode cloudEventHeaders() {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.put("description", "The CloudEvents attributes, one Kafka header each (UTF-8)");
        ArrayNode required = headers.putArray("required");
        for (String name : new String[] {"ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "content-type"}) required.add(name);
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        properties.putObject("ce_id").put("type", "string").put("format", "uuid").put("description", "Unique per source; the same when an event is published again");
        properties.putObject("ce_source").put("type", "string").put("description", "/gudok/<context>");
        properties.putObject("ce_type").put("type", "string").put("description", "io.gudok.<aggregate>.<event>.v<n>");
        properties.putObject("ce_subject").put("type", "string").put("description", "The aggregate the event is about; also the record key");
        properties.putObject("ce_time").put("type", "string").put("format", "date-time");
        properties.putObject("ce_traceparent").put("type", "string").put("description", "W3C traceparent of the request that caused the change, when it had one");
        properties.putObject("content-type").put("type", "string").put("const", "application/json");
        return headers;
    }

    /** The schemas the payloads name, and those they refer to, from the OpenAPI document; OpenAPI's nullable dropped. */
    private static void copySchemas(JsonNode openApi, Set<String> roots, ObjectNode into) {
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(roots);
        Set<String> done = new java.util.TreeSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!done.add(name)) continue;
            JsonNode schema = openApi.get(name).deepCopy();
            schema.findParents("nullable").forEach(parent -> ((ObjectNode) parent).remove("nullable"));
            schema.findValuesAsText("$ref").forEach(ref -> todo.add(ref.substring(ref.lastIndexOf('/') + 1)));
            into.set(name, schema);
        }
    }

    /** One example of each data shape, written by the real representation code from real domain values. */
    private static Map<Class<?>, Object> examples() {
        Instant at = Instant.parse("2026-12-07T01:02:03.456789Z");
        ShopId shop = new ShopId(UUID.fromString("9f8e7d6c-5b4a-4210-8edc-ba9876543210"));
        UUID product = UUID.fromString("0a1b2c3d-4e5f-4789-abcd-ef0123456789");
        UUID plan = UUID.fromString("5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f");
        DeliveryAddress address = new DeliveryAddress("김민지", "010-1234-5678", "경기도 성남시 분당구 판교역로 1", "3층", "13529");
        Subscription subscription = new Subscription(UUID.fromString("3f1e2b7a-9c4d-4e8f-a1b2-c3d4e5f6a7b8"), "user-1", shop, plan,
                PlanKind.REGULAR_DELIVERY, 2, address, LocalDate.of(2026, 12, 10), domain.subscription.SubscriptionState.ACTIVE,
                LocalDate.of(2026, 12, 10), 0, null, null, null, at, 0);
        Delivery delivery = new Delivery(UUID.fromString("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"), subscription.id(), "user-1", shop, plan, 1,
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10), 2, address, domain.delivery.DeliveryState.PAID, null, null, null, 0);
        Payment payment = new Payment(UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"), "user-1", shop, 19_800, new Commission(1000), 0,
                subscription.id(), delivery.id(), null, at);
        Map<Class<?>, Object> examples = new HashMap<>();
        for (Object resource : new Object[] {
                new Shop(shop, "제주 생수", at),
                new Product(product, shop, "제주 생수 2L x 6", "매주 배달되는 제주 생수", Money.won(9_900),
                        new domain.catalog.ProductDetails(new domain.catalog.Category("food.water"), java.util.List.of("생수", "제주"),
                                java.util.List.of("https://images.example.com/jeju-water.jpg"),
                                java.util.List.of(new domain.catalog.Region("seoul"), new domain.catalog.Region("gyeonggi"))),
                        domain.catalog.ProductStatus.ACTIVE, at),
                new Plan(plan, shop, product, "2주마다 생수", PlanKind.REGULAR_DELIVERY, Money.won(9_900),
                        new DeliveryCycle.Weekly(2, DayOfWeek.THURSDAY), null, PlanStatus.ACTIVE, at),
                subscription, delivery, payment,
                new TopUp(UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"), "user-1", UUID.fromString("4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b"),
                        50_000, TopUpStatus.SUCCEEDED, null, "sandbox-1", false, "key-1", at, at, 0),
                new domain.wallet.Refund(UUID.fromString("6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c"), payment.id(), "user-1", shop, subscription.id(), 9_900, 990,
                        "파손된 상품", at),
                new domain.classification.Filter(UUID.fromString("8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a"), domain.classification.FilterPurpose.POOL,
                        "platform", "저렴한 강아지 용품", domain.classification.ItemKind.PLAN,
                        new domain.classification.Condition.And(java.util.List.of(
                                new domain.classification.Condition.Keywords(domain.classification.Condition.Mode.ANY, java.util.List.of("강아지"),
                                        domain.classification.Condition.TextField.ANY),
                                new domain.classification.Condition.PriceRange(null, 15_000L))), 1, at, at),
                new domain.classification.ItemMatches(new domain.classification.ItemKey(domain.classification.ItemKind.PLAN, plan.toString()),
                        domain.classification.FilterPurpose.POOL, "platform",
                        java.util.List.of(UUID.fromString("8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a")), at),
                new domain.account.AccountClosure("user-1", at, LocalDate.of(2031, 12, 7), java.util.List.of(subscription.id()))}) {
            Object representation = Representations.of(resource);
            examples.put(representation.getClass(), representation);
        }
        return examples;
    }
}
