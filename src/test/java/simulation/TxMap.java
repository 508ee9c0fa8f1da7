package simulation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A map whose writes a rolled-back {@link Tx} undoes. Only {@link #put} and {@link #remove} change it, so every
 * change passes through the undo log; a crash is injected before the write.
 */
final class TxMap<K, V> {
    private final Map<K, V> map;

    private TxMap(Map<K, V> map) {
        this.map = map;
    }

    static <K, V> TxMap<K, V> inserted() {
        return new TxMap<>(new LinkedHashMap<>());
    }

    static <K extends Comparable<K>, V> TxMap<K, V> sorted() {
        return new TxMap<>(new TreeMap<>());
    }

    V get(Object key) {
        return map.get(key);
    }

    boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    Collection<V> values() {
        return java.util.Collections.unmodifiableCollection(map.values());
    }

    Set<K> keySet() {
        return java.util.Collections.unmodifiableSet(map.keySet());
    }

    int size() {
        return map.size();
    }

    /** The values of keys up to {@code to} (inclusive), in key order: sorted maps only. */
    Collection<V> upTo(K to) {
        return java.util.Collections.unmodifiableCollection(((NavigableMap<K, V>) map).headMap(to, true).values());
    }

    /** The values of keys from {@code from} (inclusive) on, in key order: sorted maps only. */
    Collection<V> from(K from) {
        return java.util.Collections.unmodifiableCollection(((NavigableMap<K, V>) map).tailMap(from, true).values());
    }

    V put(K key, V value) {
        Tx.writing();
        boolean had = map.containsKey(key);
        V old = map.put(key, value);
        Tx.recordUndo(() -> {
            if (had) map.put(key, old); else map.remove(key);
        });
        return old;
    }

    V remove(K key) {
        if (!map.containsKey(key)) return null;
        Tx.writing();
        V old = map.remove(key);
        Tx.recordUndo(() -> map.put(key, old));
        return old;
    }
}
