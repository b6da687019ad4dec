package io.linnet.s2.sector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A second, deliberately literal reading of ixian-network-presence.md §4.1 (a real 256-ary tree of depth
 * 4 with sorted leaves, walked and collected step by step), used to cross-check {@link RelaySelection}.
 */
final class TreeWalkOracle {
    private static final class Node {
        final TreeMap<Integer, Node> children = new TreeMap<>();
        TreeSet<byte[]> values;
    }

    private final Node root = new Node();
    private final List<Node> leaves = new ArrayList<>();

    TreeWalkOracle(List<byte[]> keys) {
        for (byte[] k : keys) {
            Node n = root;
            for (int level = 0; level < 4; level++) {
                n = n.children.computeIfAbsent(k[level] & 0xFF, x -> new Node());
            }
            if (n.values == null) {
                n.values = new TreeSet<>(Arrays::compareUnsigned);
            }
            n.values.add(k);
        }
        collectLeaves(root);
    }

    private void collectLeaves(Node n) {
        if (n.values != null) {
            leaves.add(n);
        }
        for (Node c : n.children.values()) {
            collectLeaves(c);
        }
    }

    List<byte[]> closest(byte[] prefix, int k) {
        if (root.children.isEmpty()) {
            return List.of();
        }
        // step 1: the walk
        Node n = root;
        int direction = 0;
        for (int level = 0; level < Math.min(4, prefix.length); level++) {
            int b = prefix[level] & 0xFF;
            Integer pick = n.children.containsKey(b) ? Integer.valueOf(b) : null;
            if (pick == null && direction == 0) {
                for (int d = 1; d <= 255 && pick == null; d++) {
                    if (b - d >= 0 && n.children.containsKey(b - d)) {
                        pick = b - d;
                        direction = -1;
                    } else if (b + d <= 255 && n.children.containsKey(b + d)) {
                        pick = b + d;
                        direction = 1;
                    }
                }
            } else if (pick == null) {
                pick = direction < 0 ? n.children.lastKey() : n.children.firstKey();
            }
            n = n.children.get(pick);
        }
        while (n.values == null) {
            n = n.children.firstEntry().getValue();
        }
        int leafIndex = leaves.indexOf(n);
        // step 2: up to k keys from preceding leaves, nearest first, then ascending
        List<byte[]> before = new ArrayList<>();
        for (int li = leafIndex - 1; li >= 0 && before.size() < k; li--) {
            for (byte[] v : leaves.get(li).values.descendingSet()) {
                before.add(v);
                if (before.size() >= k) {
                    break;
                }
            }
        }
        Deque<byte[]> held = new ArrayDeque<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            held.addLast(before.get(i));
        }
        // step 3: the target leaf
        int after = 0;
        boolean done = false;
        for (byte[] v : n.values) {
            held.addLast(v);
            if (held.size() > k) {
                held.removeFirst();
            }
            if (after == 0) {
                if (Arrays.compareUnsigned(v, prefix) > 0) {
                    after++;
                }
            } else {
                after++;
                if (after >= k / 2 && held.size() >= k) {
                    done = true;
                    break;
                }
            }
        }
        // step 4: following leaves
        for (int li = leafIndex + 1; !done && li < leaves.size() && (after < k / 2 || held.size() < k); li++) {
            for (byte[] v : leaves.get(li).values) {
                after++;
                held.addLast(v);
                if (held.size() > k) {
                    held.removeFirst();
                }
                if (after >= k / 2 && held.size() >= k) {
                    break;
                }
            }
        }
        return new ArrayList<>(held);
    }

}
