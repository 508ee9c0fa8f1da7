package domain.shared;

import java.util.List;

/** One page of a list; {@code next} is absent on the last page. */
public record Page<T>(List<T> items, String next) { }
