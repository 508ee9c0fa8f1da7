package contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Every request a test sends through RestAssured, and the answer it gets, is checked against the OpenAPI
 * document the app serves: status, content type and body schema of every answer, and the request too,
 * except in test classes and methods marked {@link SendsInvalidRequests}. Registered for every {@code @QuarkusTest} as
 * a Quarkus test callback (META-INF/services), so no test can forget it. Operators' endpoints (/q/...) are
 * not part of the document and pass unchecked, and so do requests to other ports (the management interface).
 */
public class AnswersMatchTheDocument implements QuarkusTestBeforeEachCallback {
    private static volatile OpenApiValidationFilter full;
    private static volatile OpenApiValidationFilter answersOnly;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean invalidOnPurpose = context.getTestInstance().getClass().isAnnotationPresent(SendsInvalidRequests.class)
                || context.getTestMethod().isAnnotationPresent(SendsInvalidRequests.class);
        RestAssured.replaceFiltersWith(new Validation(invalidOnPurpose));
    }

    /** The document is read from the app the first request goes to, once: it is the same for every test. */
    private record Validation(boolean answersOnly) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
            URI uri = URI.create(request.getURI());
            // operators' endpoints, the static documents beside the API (the event catalog, the content stream's
            // schema) and other servers (the management port) are not what the document describes
            if (uri.getPath().startsWith("/q/") || uri.getPath().startsWith("/events/") || uri.getPath().startsWith("/schemas/")
                    || uri.getPort() != RestAssured.port) {
                return context.next(request, response);
            }
            return filterFor(uri, answersOnly).filter(request, response, context);
        }
    }

    private static synchronized OpenApiValidationFilter filterFor(URI any, boolean responsesOnly) {
        if (full == null) {
            String document = fetch(any.resolve("/q/openapi"));
            full = new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(document).build());
            answersOnly = new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                    .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());
        }
        return responsesOnly ? answersOnly : full;
    }

    private static String fetch(URI uri) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) throw new IllegalStateException("GET " + uri + " answered " + answer.statusCode());
            return answer.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
