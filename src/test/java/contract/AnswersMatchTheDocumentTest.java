package contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The document check is on in every test: a request the document does not know fails the test that sends it. */
@QuarkusTest
class AnswersMatchTheDocumentTest {
    @Test
    void aRequestOutsideTheDocumentFailsTheTest() {
        assertThatThrownBy(() -> given().get("/subscriptions/not/a/documented/path"))
                .isInstanceOf(OpenApiValidationFilter.OpenApiValidationException.class);
        assertThatThrownBy(() -> given().queryParam("limit", "many").get("/subscriptions"))
                .isInstanceOf(OpenApiValidationFilter.OpenApiValidationException.class);
    }
}
