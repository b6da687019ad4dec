package io.linnet.store.bench;

import java.util.SplittableRandom;

/**
 * Message texts for the benchmark: a vocabulary of made-up words drawn with a Zipf-like skew, so a few
 * words are very common and most are rare, as in real chat. Seeded, so every run writes the same data.
 */
final class BenchText {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "pe", "da", "zu",
        "ri", "mo", "an", "el", "or", "qu", "ix", "bo", "sa"};

    private final String[] words;
    private final double[] cumulative;
    private final SplittableRandom random;

    BenchText(int vocabulary, long seed) {
        random = new SplittableRandom(seed);
        words = new String[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            words[i] = word(i);
        }
        cumulative = new double[vocabulary];
        double sum = 0;
        for (int i = 0; i < vocabulary; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.07);
            cumulative[i] = sum;
        }
        for (int i = 0; i < vocabulary; i++) {
            cumulative[i] /= sum;
        }
    }

    /** The word of rank {@code i} (0 is the most common). */
    String word(int i) {
        StringBuilder b = new StringBuilder();
        int n = i;
        do {
            b.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return b.toString();
    }

    /** A message of 3 to 24 words. */
    String message() {
        int n = 3 + random.nextInt(22);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(words[rank(random.nextDouble())]);
        }
        return b.toString();
    }

    private int rank(double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(words.length - 1, i >= 0 ? i : -i - 1);
    }
}
