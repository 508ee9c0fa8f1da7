package adapters.rest;

import domain.shared.InputLimits;
import domain.shared.InvalidInputException;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter of every request is checked here, before any resource reads it: sent empty
 * ({@code ?lanes=}) it is a mistake, not the default (the REST layer would hand the resource nothing,
 * as if it had been left out); its text must pass {@link InputLimits}. Each value is then parsed by
 * {@link Params}.
 */
public class QueryRules {
    @ServerRequestFilter
    public void check(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if (value == null || value.isEmpty()) {
                    throw InvalidInputException.of(name, "must not be empty: leave it out for the default");
                }
                InputLimits.requireText(name, value);
            }
        }
    }
}
