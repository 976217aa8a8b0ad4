package vn.tindex.app.batch;

/**
 * A map from long to long without boxing (open addressing, linear probing): 16 bytes an entry at most half full, so
 * a ledger of a million articles stays near 32 MB where a {@code HashMap<Long, Long>} would take over 100 MB. Not
 * thread-safe.
 */
final class LongLongMap {
    private static final long FREE = 0L;
    private long[] keys;
    private long[] values;
    private int size;
    private boolean hasZero;
    private long zeroValue;

    LongLongMap() {
        keys = new long[1024];
        values = new long[1024];
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    boolean containsKey(long key) {
        return key == FREE ? hasZero : keys[slot(key)] == key;
    }

    /** The value of {@code key}, or {@code missing}. */
    long get(long key, long missing) {
        if (key == FREE) {
            return hasZero ? zeroValue : missing;
        }
        int slot = slot(key);
        return keys[slot] == key ? values[slot] : missing;
    }

    void put(long key, long value) {
        if (key == FREE) {
            hasZero = true;
            zeroValue = value;
            return;
        }
        int slot = slot(key);
        if (keys[slot] != key) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    void remove(long key) {
        if (key == FREE) {
            hasZero = false;
            return;
        }
        int slot = slot(key);
        if (keys[slot] != key) {
            return;
        }
        keys[slot] = FREE;
        size--;
        // re-place the entries after the hole, so that lookups that probed past it still find them
        int mask = keys.length - 1;
        for (int i = (slot + 1) & mask; keys[i] != FREE; i = (i + 1) & mask) {
            long k = keys[i];
            long v = values[i];
            keys[i] = FREE;
            size--;
            put(k, v);
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    @Override
    public String toString() {
        return "LongLongMap(" + size() + " entries, capacity " + keys.length + ")";
    }
}
