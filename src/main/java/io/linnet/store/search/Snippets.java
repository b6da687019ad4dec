package io.linnet.store.search;

import io.linnet.chat.store.SearchHit.Highlight;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts the part of a body a search hit shows: a window around the first matched word, widened to word
 * boundaries, with every matched word in it highlighted. The index holds only hashed tokens, so this works
 * on the decrypted body of each hit.
 */
public final class Snippets {
    /** Characters shown around the first match, about two lines of a chat list. */
    public static final int WINDOW = 120;
    private static final String ELLIPSIS = "…";

    private Snippets() {}

    /** A snippet with its highlights. */
    public record Snippet(String text, List<Highlight> highlights) {}

    public static Snippet of(String body, String query) {
        Set<String> wanted = new HashSet<>(Tokenizer.distinctWords(query));
        List<Tokenizer.Token> matches = Tokenizer.tokens(body).stream()
                .filter(t -> wanted.contains(t.word()))
                .toList();
        if (body.length() <= WINDOW) {
            return new Snippet(body, highlights(matches, 0, body.length(), 0));
        }
        int first = matches.isEmpty() ? 0 : matches.getFirst().start();
        int start = Math.max(0, first - WINDOW / 4);
        int end = Math.min(body.length(), start + WINDOW);
        start = Math.max(0, Math.min(start, end - WINDOW));
        while (start > 0 && !Character.isWhitespace(body.charAt(start - 1)) && first - start < WINDOW / 2) {
            start--;
        }
        while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && end - start < WINDOW + 20) {
            end++;
        }
        if (Character.isLowSurrogate(body.charAt(start))) {
            start++;
        }
        if (end < body.length() && Character.isLowSurrogate(body.charAt(end))) {
            end++;
        }
        String prefix = start > 0 ? ELLIPSIS : "";
        String suffix = end < body.length() ? ELLIPSIS : "";
        String text = prefix + body.substring(start, end) + suffix;
        return new Snippet(text, highlights(matches, start, end, prefix.length() - start));
    }

    private static List<Highlight> highlights(List<Tokenizer.Token> matches, int from, int to, int shift) {
        List<Highlight> out = new ArrayList<>();
        for (Tokenizer.Token t : matches) {
            if (t.start() >= from && t.end() <= to) {
                out.add(new Highlight(t.start() + shift, t.end() + shift));
            }
        }
        return out;
    }
}
