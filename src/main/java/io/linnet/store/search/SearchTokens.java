package io.linnet.store.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The blind search index: instead of words, the FTS5 table holds keyed hashes of words,
 * {@code hex(HMAC-SHA256(searchKey, "w:" ‖ word))[0..16]}, so the index file does not contain message
 * text, and nobody without the key can test which word a token stands for. Each document also carries a
 * token for its conversation, so a search within one conversation is an index intersection rather than a
 * scan.
 *
 * <p>What it still reveals is recorded in docs/storage.md: equal words give equal tokens, so token
 * frequencies and co-occurrence are visible to someone with the file.
 *
 * <p>Thread-safe: each call makes its own {@link Mac}.
 */
public final class SearchTokens {
    /** Hex characters kept of each HMAC: 64 bits, collision-free for any realistic vocabulary. */
    static final int TOKEN_HEX_CHARS = 16;

    private final SecretKeySpec key;

    public SearchTokens(byte[] searchKey) {
        this.key = new SecretKeySpec(searchKey.clone(), "HmacSHA256");
    }

    /** The FTS document for a message body in a conversation: space-separated tokens. */
    public String document(long conversationId, String body) {
        Mac mac = mac();
        Set<String> tokens = new LinkedHashSet<>();
        for (String w : Tokenizer.distinctWords(body)) {
            tokens.add(token(mac, "w:" + w));
        }
        tokens.add(token(mac, "c:" + conversationId));
        return String.join(" ", tokens);
    }

    /**
     * The FTS5 MATCH expression for a query: every word of it, and the conversation if given; empty when
     * the query has no words. Tokens are hex, so quoting them cannot be escaped from.
     */
    public String matchExpression(String query, Long conversationId) {
        List<String> words = Tokenizer.distinctWords(query);
        if (words.isEmpty()) {
            return "";
        }
        Mac mac = mac();
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            terms.add(token(mac, "w:" + w));
        }
        if (conversationId != null) {
            terms.add(token(mac, "c:" + conversationId));
        }
        return terms.stream().map(t -> '"' + t + '"').collect(Collectors.joining(" AND "));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String token(Mac mac, String input) {
        byte[] h = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, TOKEN_HEX_CHARS / 2);
    }
}
