package io.linnet.s2.sector;

import static io.linnet.testutil.Hex.b;
import static io.linnet.testutil.Hex.h;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The relay-selection algorithm of §4.1 on hand-made key sets and against a literal tree walk. */
class RelaySelectionTest {

    /** A 6-byte key (4 index bytes + 2 more) from hex. */
    static byte[] k(String hex) {
        return b(hex);
    }

    static List<String> pick(List<String> keys, String prefix, int count) {
        return RelaySelection.closest(keys.stream().map(RelaySelectionTest::k).toList(), b(prefix), count).stream()
                .map(x -> h(x)).toList();
    }

    @Test
    void windowAroundAnExactLeaf() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            keys.add("0" + i + "000000aa");
        }
        // prefix falls inside leaf 05000000: 3 keys at or after it, 3 before
        assertEquals(List.of("02000000aa", "03000000aa", "04000000aa", "05000000aa", "06000000aa", "07000000aa"),
                pick(keys, "05000000", 6));
        // a key that merely starts with the prefix counts as after it
        assertEquals(List.of("02000000aa", "03000000aa", "04000000aa", "05000000aa", "06000000aa", "07000000aa"),
                pick(keys, "050000", 6));
        // a prefix greater than the leaf's key: the leaf contributes nothing "after"
        assertEquals(List.of("03000000aa", "04000000aa", "05000000aa", "06000000aa", "07000000aa", "08000000aa"),
                pick(keys, "05000000ff", 6));
    }

    @Test
    void endsOfTheKeySpaceFillFromTheOtherSide() {
        List<String> keys = List.of("10000000", "20000000", "30000000", "40000000", "50000000", "60000000", "70000000");
        assertEquals(List.of("10000000", "20000000", "30000000", "40000000"), pick(keys, "00", 4));
        assertEquals(List.of("40000000", "50000000", "60000000", "70000000"), pick(keys, "ff", 4));
        assertEquals(keys, pick(keys, "44", 20));
    }

    static String leaf(List<String> keys, String prefix) {
        return h(RelaySelection.targetLeafKey(keys.stream().map(RelaySelectionTest::k).toList(), b(prefix)));
    }

    @Test
    void firstMissTakesTheNearestBranchLowerOnTies() {
        List<String> keys = List.of("4e000000", "4e0000ff", "52000000", "52000001");
        // 0x50 is 2 away from both 0x4e and 0x52: the lower wins; later misses then take the highest child
        assertEquals("4e0000ff", leaf(keys, "50000080"));
        // an exact byte is still taken after the walk deviated
        assertEquals("4e000000", leaf(keys, "50000000"));
        // 0x51 is nearer to 0x52; later misses then take the lowest child
        assertEquals("52000000", leaf(keys, "51000080"));
        assertEquals("52000001", leaf(keys, "51000001"));
        assertEquals(List.of("4e0000ff", "52000000"), pick(keys, "50000080", 2));
    }

    @Test
    void afterAMissTheWalkHugsTheNearSideButStillPrefersExactBytes() {
        List<String> keys = List.of("10ff0000", "20010000", "20500000", "20500001", "20900000");
        assertEquals("20500000", leaf(keys, "1f500000"));
        assertEquals("20010000", leaf(keys, "1f600000"));
        assertEquals("20900000", leaf(keys, "21600000"));
        assertEquals("10ff0000", leaf(keys, "10"));
        assertEquals("20010000", leaf(keys, "20"));
        assertEquals("10ff0000", leaf(keys, ""));
        assertEquals(List.of("20500001", "20900000"), pick(keys, "21600000", 2));
    }

    @Test
    void inTheTargetLeafTheFirstKeyAboveThePrefixCannotStopCollection() {
        List<String> keys = List.of("11000000", "3000000000", "3000000001", "3000000002", "3000000003", "50000000");
        // k = 2: the first key above the prefix in the leaf is counted but not checked, so a second is taken
        assertEquals(List.of("3000000001", "3000000002"), pick(keys, "300000000080", 2));
        // k = 3: same effect
        assertEquals(List.of("3000000000", "3000000001", "3000000002"), pick(keys, "300000000080", 3));
        // k = 4: two keys after the prefix are needed anyway
        assertEquals(List.of("11000000", "3000000000", "3000000001", "3000000002"), pick(keys, "300000000080", 4));
    }

    @Test
    void smallAndDegenerateInputs() {
        assertEquals(List.of(), pick(List.of(), "00", 6));
        assertEquals(List.of("01020304"), pick(List.of("01020304", "01020304"), "ff", 6));
        assertThrows(IllegalArgumentException.class, () -> pick(List.of("01020304"), "00", 1));
        assertThrows(IllegalArgumentException.class, () -> pick(List.of("010203"), "00", 2));
        assertEquals(List.of("01020304"), pick(List.of("01020304"), "", 2));
    }

    @Test
    void agreesWithALiteralTreeWalkOnRandomIndexes() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int round = 0; round < 3000; round++) {
            int alphabet = 1 + rnd.nextInt(round % 2 == 0 ? 4 : 256);
            int n = 1 + rnd.nextInt(60);
            List<byte[]> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] key = new byte[6];
                for (int j = 0; j < key.length; j++) {
                    key[j] = (byte) (rnd.nextInt(alphabet) * (256 / alphabet));
                }
                keys.add(key);
            }
            byte[] prefix = new byte[rnd.nextInt(7)];
            for (int j = 0; j < prefix.length; j++) {
                prefix[j] = (byte) (rnd.nextBoolean() ? rnd.nextInt(256) : rnd.nextInt(alphabet) * (256 / alphabet));
            }
            int count = 2 + rnd.nextInt(20);
            List<String> expected = new TreeWalkOracle(dedupe(keys)).closest(prefix, count).stream().map(x -> h(x)).toList();
            List<String> actual = RelaySelection.closest(keys, prefix, count).stream().map(x -> h(x)).toList();
            assertEquals(expected, actual, "round " + round + " prefix " + h(prefix) + " k " + count);
            assertTrue(actual.size() == Math.min(count, expected.size()));
        }
    }

    private static List<byte[]> dedupe(List<byte[]> keys) {
        java.util.TreeSet<byte[]> s = new java.util.TreeSet<>(java.util.Arrays::compareUnsigned);
        s.addAll(keys);
        return new ArrayList<>(s);
    }
}
