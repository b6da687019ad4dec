package io.linnet.chat.store;

import java.util.List;
import java.util.Objects;

/**
 * A message found by {@link MessageSearch}.
 *
 * @param message the message (its key names the conversation)
 * @param snippet a stretch of the body around the first match
 * @param highlights where the matched words are in {@code snippet}
 */
public record SearchHit(StoredMessage message, String snippet, List<Highlight> highlights) {

    /**
     * A matched word in a snippet.
     *
     * @param start index of the first character
     * @param end index after the last character
     */
    public record Highlight(int start, int end) {
        public Highlight {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("highlight " + start + ".." + end);
            }
        }
    }

    public SearchHit {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(snippet, "snippet");
        highlights = List.copyOf(highlights);
    }
}
