package adapters.persistence;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Turns "one row more than asked for" into a page and the cursor for the next one. */
final class Paging {
    private Paging() { }

    static <E, T> Page<T> page(List<E> rows, PageRequest request, Function<E, String> sortKey,
                               Function<E, UUID> id, Function<E, T> toDomain) {
        boolean more = rows.size() > request.limit();
        List<E> visible = more ? rows.subList(0, request.limit()) : rows;
        String next = null;
        if (more) {
            E last = visible.get(visible.size() - 1);
            next = new Cursor(sortKey.apply(last), id.apply(last)).encode();
        }
        return new Page<>(visible.stream().map(toDomain).toList(), next);
    }
}
