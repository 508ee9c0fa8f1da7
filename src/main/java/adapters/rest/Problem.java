package adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem answer; {@code type} is stable per kind of error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<InvalidParam> invalidParams, String currentState) {

    public static final String TYPE_BASE = "https://gudok.io/problems/";
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record InvalidParam(String name, String reason) { }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPE_BASE + kind, title, status, detail, null, null, null);
    }

    public Problem withInvalidParams(List<InvalidParam> params) {
        return new Problem(type, title, status, detail, instance, params, currentState);
    }

    public Problem withCurrentState(String state) {
        return new Problem(type, title, status, detail, instance, invalidParams, state);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, invalidParams, currentState);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
