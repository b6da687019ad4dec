package io.linnet.s2.sector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Picks the {@code k} relay keys nearest a sector prefix, exactly as Ixian nodes pick them from their
 * relay index, so that every node with the same relays answers with the same sector.
 *
 * <p>Keys are grouped into leaves by their first {@value #LEVELS} bytes. The target leaf is found by
 * walking those bytes of the prefix: at each level the branch with the prefix's byte is taken if it
 * exists; otherwise, on the first miss, the existing branch with the nearest byte value (the lower one on
 * a tie), and after a miss towards lower values the highest branch, after a miss towards higher values
 * the lowest branch. From there, ascending key order: up to {@code k} keys before the target leaf, the
 * target leaf, then following keys, keeping only the last {@code k}; collection stops once at least
 * {@code k/2} keys above the prefix were taken and {@code k} are held. Inside the target leaf the first
 * key above the prefix does not yet allow stopping. Unsigned lexicographic order throughout; a key that
 * starts with the whole prefix counts as above it.
 */
public final class RelaySelection {
    /** Depth of the relay index: keys are grouped by this many leading bytes. */
    public static final int LEVELS = 4;

    private RelaySelection() {}

    /**
     * The at most {@code k} keys nearest {@code prefix}, ascending.
     *
     * @param keys   relay keys, at least {@value #LEVELS} bytes each; duplicates count once
     * @param prefix the sector prefix (any length, normally 10 bytes)
     * @param k      how many to pick, at least 2
     */
    public static List<byte[]> closest(Collection<byte[]> keys, byte[] prefix, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("at least 2 relays must be asked for, not " + k);
        }
        List<byte[]> sorted = sortedDistinct(keys);
        if (sorted.isEmpty()) {
            return List.of();
        }
        int leafStart = targetLeaf(sorted, prefix);
        int leafEnd = leafStart;
        while (leafEnd < sorted.size() && Arrays.equals(sorted.get(leafEnd), 0, LEVELS, sorted.get(leafStart), 0, LEVELS)) {
            leafEnd++;
        }
        int end = collectEnd(sorted, prefix, k, leafStart, leafEnd);
        int held = Math.min(k, end - Math.max(0, leafStart - k));
        return sorted.subList(end - held, end).stream().map(byte[]::clone).toList();
    }

    /** The first key of the leaf the walk for {@code prefix} ends in (exposed for tests). */
    static byte[] targetLeafKey(Collection<byte[]> keys, byte[] prefix) {
        List<byte[]> sorted = sortedDistinct(keys);
        return sorted.get(targetLeaf(sorted, prefix)).clone();
    }

    private static List<byte[]> sortedDistinct(Collection<byte[]> keys) {
        TreeSet<byte[]> set = new TreeSet<>(Arrays::compareUnsigned);
        for (byte[] key : keys) {
            if (key.length < LEVELS) {
                throw new IllegalArgumentException("relay key shorter than " + LEVELS + " bytes");
            }
            set.add(key.clone());
        }
        return new ArrayList<>(set);
    }

    /** Index of the first key of the leaf the walk ends in. */
    private static int targetLeaf(List<byte[]> sorted, byte[] prefix) {
        int lo = 0;
        int hi = sorted.size();
        int direction = 0;
        for (int level = 0; level < Math.min(prefix.length, LEVELS); level++) {
            boolean[] present = new boolean[256];
            for (int i = lo; i < hi; i++) {
                present[sorted.get(i)[level] & 0xFF] = true;
            }
            int want = prefix[level] & 0xFF;
            int chosen = want;
            if (!present[want]) {
                if (direction == 0) {
                    for (int d = 1; d < 256; d++) {
                        if (want - d >= 0 && present[want - d]) {
                            chosen = want - d;
                            direction = -1;
                            break;
                        }
                        if (want + d <= 255 && present[want + d]) {
                            chosen = want + d;
                            direction = 1;
                            break;
                        }
                    }
                } else {
                    chosen = direction < 0 ? highest(present) : lowest(present);
                }
            }
            int newLo = lo;
            while ((sorted.get(newLo)[level] & 0xFF) != chosen) {
                newLo++;
            }
            int newHi = newLo;
            while (newHi < hi && (sorted.get(newHi)[level] & 0xFF) == chosen) {
                newHi++;
            }
            lo = newLo;
            hi = newHi;
        }
        return lo;
    }

    /** One past the index of the last key taken. */
    private static int collectEnd(List<byte[]> sorted, byte[] prefix, int k, int leafStart, int leafEnd) {
        int start = Math.max(0, leafStart - k);
        int half = k / 2;
        int after = 0;
        for (int j = leafStart; j < leafEnd; j++) {
            int held = Math.min(k, j + 1 - start);
            if (after == 0) {
                if (Arrays.compareUnsigned(sorted.get(j), prefix) > 0) {
                    after = 1;
                }
            } else {
                after++;
                if (after >= half && held >= k) {
                    return j + 1;
                }
            }
        }
        int j = leafEnd;
        while (j < sorted.size() && (after < half || Math.min(k, j - start) < k)) {
            after++;
            j++;
        }
        return j;
    }

    private static int highest(boolean[] present) {
        for (int b = 255; b >= 0; b--) {
            if (present[b]) {
                return b;
            }
        }
        throw new IllegalStateException("empty branch");
    }

    private static int lowest(boolean[] present) {
        for (int b = 0; b < 256; b++) {
            if (present[b]) {
                return b;
            }
        }
        throw new IllegalStateException("empty branch");
    }
}
