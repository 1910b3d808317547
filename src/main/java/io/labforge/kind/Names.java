package io.labforge.kind;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" suggestions for ids, kinds and keys. */
public final class Names {

    private Names() {
    }

    /** The candidate closest to {@code word}, if one is close enough to be a plausible typo. */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty()) {
            return Optional.empty();
        }
        String w = word.toLowerCase();
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase())))
                .filter(c -> distance(w, c.toLowerCase()) <= Math.max(2, Math.min(w.length(), c.length()) / 3)
                        || c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
