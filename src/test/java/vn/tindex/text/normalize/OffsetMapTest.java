package vn.tindex.text.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void mapsChainAndSpansCoverEveryCharacterBehindThem() {
        // "ab\u200Bc" -> "abc" (drop) then VNI-like "abc" -> "xc" (ab merges into x)
        OffsetMap.Builder first = new OffsetMap.Builder(4);
        first.append('a', 0, 1);
        first.append('b', 1, 2);
        first.append('c', 3, 4);
        OffsetMap.Builder second = new OffsetMap.Builder(3);
        second.append('x', 0, 2);
        second.append('c', 2, 3);
        OffsetMap chained = first.map().then(second.map());
        assertArrayEquals(new int[] {0, 2}, chained.toOriginal(0, 1));
        assertArrayEquals(new int[] {3, 4}, chained.toOriginal(1, 2));
        assertArrayEquals(new int[] {0, 4}, chained.toOriginal(0, 2));
        assertEquals(1, chained.toNormalized(3));
        assertEquals(2, chained.toNormalized(4));
        assertArrayEquals(new int[] {4, 4}, chained.toOriginal(2, 2));
    }

    @Test
    void identityIsCheapAndStrict() {
        OffsetMap id = OffsetMap.identity(5);
        assertArrayEquals(new int[] {1, 3}, id.toOriginal(1, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> id.toOriginalStart(6));
        assertThrows(IllegalArgumentException.class, () -> id.toOriginal(3, 1));
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.identity(-1));
    }
}
