package adapters.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The rules every operation of the OpenAPI document follows, applied in one place so that a new endpoint
 * is documented like the others from its first day: its credential (partner paths the API key, every
 * other path the bearer token, with the groups its {@code @RolesAllowed} names), every error it can
 * answer as {@code application/problem+json} with one Problem schema, and what its common parameters
 * (Idempotency-Key, cursor, limit, ids, dates) accept. Operation ids, summaries and success answers are
 * annotations on the resources.
 */
public class ApiContract implements OASFilter {
    static final String API_KEY_SCHEME = "ApiKey";
    static final String BEARER_SCHEME = "BearerJWT";
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PROBLEM_TYPE = "application/problem+json";

    /** The resources' tags (SmallRye names them after the class) and what each holds. */
    private static final Map<String, String[]> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("Plans Resource", new String[] {"Plans", "Browse the plans shops sell (app users)"});
        TAGS.put("Subscriptions Resource", new String[] {"Subscriptions", "A subscriber's own subscriptions and their deliveries"});
        TAGS.put("Deliveries Resource", new String[] {"Deliveries", "A subscriber's deliveries across subscriptions"});
        TAGS.put("Wallet Resource", new String[] {"Wallet", "A subscriber's KRW wallet: funding sources, top-ups, payments, history"});
        TAGS.put("My Notifications Resource", new String[] {"Notifications", "A subscriber's inbox and what they hear about, where"});
        TAGS.put("Account Resource", new String[] {"Account", "A user's own account: closing it"});
        TAGS.put("Partner Catalog Resource", new String[] {"Partner catalog", "A shop's products and plans"});
        TAGS.put("Partner Deliveries Resource", new String[] {"Partner fulfilment", "Deliveries a shop fulfils, and their refunds"});
        TAGS.put("Partner Payments Resource", new String[] {"Partner payments", "Refunds, payable and settlement of a shop"});
        TAGS.put("Partner Api Keys Resource", new String[] {"Partner API keys", "A shop's API keys: issue, list, revoke"});
        TAGS.put("Partner Webhook Endpoints Resource", new String[] {"Partner webhooks",
                "Where a shop's signed webhook messages (Standard Webhooks) go: endpoints, event types, secrets"});
        TAGS.put("Partner Webhook Messages Resource", new String[] {"Partner webhook messages",
                "Each endpoint's messages and their attempts; replay after an outage; a test message"});
        TAGS.put("Alerts Resource", new String[] {"Alerts", "A user's alerts on new plans and content"});
        TAGS.put("Partner Pools Resource", new String[] {"Partner pools", "A shop's own collections of its plans"});
        TAGS.put("Admin Pools Resource", new String[] {"Admin pools", "The platform's collections of plans and content"});
        TAGS.put("Admin Log Alerts Resource", new String[] {"Admin log alerts", "Operators' alerts on gudok's own WARN and ERROR log records"});
        TAGS.put("Admin Shops Resource", new String[] {"Admin shops", "Partner shops, their API keys and commission"});
        TAGS.put("Admin Jobs Resource", new String[] {"Admin jobs", "Scheduled jobs: inspect, retry, canaries"});
        TAGS.put("Admin Billing Resource", new String[] {"Admin billing", "Billing runs"});
        TAGS.put("Admin Events Resource", new String[] {"Admin events", "The platform events about a subject, for support"});
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getInfo().description("gudok: partner shops sell subscriptions, people subscribe from the app. Errors are RFC 9457"
                + " problems (application/problem+json). Partner endpoints take a shop's API key (X-Api-Key); all others a"
                + " bearer JWT whose groups hold the role the operation names (x-required-groups).")
                .license(OASFactory.createLicense().name("Proprietary").url("https://gudok.io/terms"))
                .contact(OASFactory.createContact().name("gudok platform team").url("https://gudok.io"));
        api.getComponents().setSecuritySchemes(Map.of(
                API_KEY_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                        .name(ApiKeyAuthentication.HEADER).description("One of the shop's API keys (partner endpoints only)"),
                BEARER_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An RS256 JWT of an app user or an admin: sub is the user id, groups the roles")));
        api.getComponents().addSchema("Problem", problemSchema());
        retag(api);
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean partner = path.startsWith("/partner/");
        List<String> groups = new ArrayList<>();
        if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(groups::addAll));
        }
        SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(partner ? API_KEY_SCHEME : BEARER_SCHEME);
        operation.setSecurity(List.of(requirement));
        if (!partner && !groups.isEmpty()) {
            operation.addExtension("x-required-groups", List.copyOf(new TreeSet<>(groups)));
            operation.description("Bearer token whose groups include " + String.join(" or ", new TreeSet<>(groups)) + ".");
        } else if (partner) {
            operation.description("Partner shops only, with one of their API keys (X-Api-Key).");
        }

        // 406 and 415: every operation answers JSON only and takes JSON only (also those that take no body);
        // 403 is the wrong role, which only bearer tokens can have (an API key is always a partner's)
        Set<String> errors = new TreeSet<>(List.of("400", "401", "406", "415", "429", "503"));
        if (!partner) errors.add("403");
        else operation.getResponses().removeAPIResponse("403");  // SmallRye adds it for every @RolesAllowed
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean idempotent = false;
        for (Parameter parameter : parameters) {
            describe(parameter);
            if (parameter.getIn() == Parameter.In.PATH) errors.add("404");
            if (IdempotentCreation.HEADER.equals(parameter.getName())) idempotent = true;
        }
        if (method != PathItem.HttpMethod.GET) {
            errors.add("404"); // a resource the request refers to (a funding source, a plan) may not exist
            errors.add("409");
        }
        if (operation.getRequestBody() != null) errors.add("413");
        if (idempotent) errors.add("422");
        if (operation.getResponses().getAPIResponse("402") != null) errors.add("402");
        String policy = partner ? "shop" : "user";
        operation.getResponses().getAPIResponses().forEach((status, answer) -> {
            if (status.startsWith("2")) rateLimitHeaders(answer, policy);
        });
        for (String status : errors) {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse();
                operation.getResponses().addAPIResponse(status, response);
            }
            response.description(response.getDescription() == null || response.getDescription().startsWith("Not ")
                    || response.getDescription().equals("Bad Request") ? describe(status) : response.getDescription());
            response.content(OASFactory.createContent().addMediaType(PROBLEM_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            if (status.equals("401")) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description(partner ? "ApiKey header=\"X-Api-Key\"" : "Bearer").schema(string()));
            }
            if (!status.equals("401")) rateLimitHeaders(response, policy);
            if (status.equals("429")) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds until the caller's quota allows a request")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            if (status.equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
        }
    }

    private static void describe(Parameter parameter) {
        String name = parameter.getName();
        switch (name) {
            case IdempotentCreation.HEADER -> parameter.description("A unique key (a UUID) that makes a retry replay the first answer"
                            + " instead of creating twice; kept 24 hours, scoped to the caller")
                    .schema(string().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"));
            case "cursor" -> parameter.description("Where the list continues: the `next` of the previous page, unchanged")
                    .schema(string().maxLength(1000));
            case "limit" -> parameter.description("How many items a page holds")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(100)).defaultValue(20));
            case "id", "deliveryId", "shopId" -> parameter.schema(string().format("uuid"));
            case "from", "to" -> parameter.description(name.equals("from") ? "First Seoul day included, 1900-01-01 to 9999-12-31"
                    : "Last Seoul day included, 1900-01-01 to 9999-12-31").schema(string().format("date"));
            case "lanes" -> parameter.description("Lanes the run's batches are shared among")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(8)).defaultValue(1));
            case "when" -> parameter.description("Upcoming deliveries (soonest first, the default) or past ones (latest first)")
                    .schema(string().enumeration(List.of("upcoming", "past", "UPCOMING", "PAST")));
            case "subject" -> parameter.description("The delivery or subscription a job is about").schema(string().minLength(1).maxLength(100));
            default -> { }
        }
        if (parameter.getIn() == Parameter.In.QUERY && parameter.getDescription() != null) {
            parameter.description(parameter.getDescription() + ". Leave it out for the default; an empty value is refused.");
        }
    }

    /** The caller's quota and what is left of it (draft-ietf-httpapi-ratelimit-headers-09), on every counted answer. */
    private static void rateLimitHeaders(APIResponse answer, String policy) {
        answer.addHeader("RateLimit-Policy", OASFactory.createHeader().schema(string())
                .description("The caller's quota: \"" + policy + "\";q=300;w=60 (requests q per window of w seconds)"));
        answer.addHeader("RateLimit", OASFactory.createHeader().schema(string())
                .description("What is left of it: \"" + policy + "\";r=299;t=1 (r requests remaining; t seconds until the quota"
                        + " is whole again, or on a 429 until the next request is allowed)"));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static String describe(String status) {
        return switch (status) {
            case "400" -> "Invalid input: the problem's invalidParams name each field and why";
            case "401" -> "No credential, an invalid one, or the wrong kind for this path";
            case "402" -> "The wallet cannot pay";
            case "403" -> "The credential's role does not allow this operation";
            case "404" -> "No such resource, or not the caller's";
            case "406" -> "The Accept header does not allow JSON, the only form answers take";
            case "409" -> "Not allowed in the current state, a concurrent change won, or the same Idempotency-Key is in progress";
            case "413" -> "The body is larger than 64 KiB";
            case "415" -> "The body is not application/json";
            case "422" -> "The Idempotency-Key was used for a different request";
            case "429" -> "Over the caller's rate limit; retry after Retry-After seconds";
            case "503" -> "No database connection in time; retry after Retry-After seconds";
            default -> "Error";
        };
    }

    private static Schema problemSchema() {
        Schema invalidParam = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("name", string().description("The field or parameter, as a path like address.line1"))
                .addProperty("reason", string().description("What is wrong with it"))
                .required(List.of("name", "reason"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: type is stable per kind of error (https://gudok.io/problems/...)")
                .addProperty("type", string().format("uri"))
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string())
                .addProperty("instance", string())
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(invalidParam))
                .addProperty("currentState", string().description("The state that refused the action (state conflicts)"))
                .required(List.of("type", "title", "status"));
    }

    private static void retag(OpenAPI api) {
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getTags() == null) return;
            operation.setTags(operation.getTags().stream().map(tag -> TAGS.containsKey(tag) ? TAGS.get(tag)[0] : tag).toList());
        }));
        api.setTags(TAGS.values().stream().map(t -> OASFactory.createTag().name(t[0]).description(t[1])).toList());
    }
}
