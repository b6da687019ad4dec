package io.linnet.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.store.SearchHit.Highlight;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void tokenizerFoldsCaseAndAccentsAndSplitsOnEverythingElse() {
        assertEquals(List.of("cafe", "creme", "brulee", "x2", "n"), Tokenizer.distinctWords("Café CRÈME-brûlée, x2! (ñ)"));
        assertEquals(List.of("fi", "a"), Tokenizer.distinctWords("ﬁ a Ａ"), "compatibility forms fold too");
        assertEquals(List.of("東", "京", "で", "会", "い", "ま", "し", "ょ", "う"), Tokenizer.distinctWords("東京で会いましょう"));
        assertEquals(List.of("hello", "world"), Tokenizer.distinctWords("hello 👋 world 🌍"));
        assertEquals(List.of(), Tokenizer.distinctWords(" ,.;!? "));
        Tokenizer.Token t = Tokenizer.tokens("say Héllo").get(1);
        assertEquals(new Tokenizer.Token("hello", 4, 9), t);
    }

    @Test
    void documentsHoldOnlyKeyedTokens() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        SearchTokens tokens = new SearchTokens(key);
        String doc = tokens.document(7, "Secret plans for Friday friday");
        assertFalse(doc.toLowerCase().contains("secret") || doc.toLowerCase().contains("friday"), doc);
        List<String> parts = List.of(doc.split(" "));
        assertEquals(5, parts.size(), "4 distinct words and the conversation: " + doc);
        assertTrue(parts.stream().allMatch(p -> p.matches("[0-9a-f]{16}")), doc);
        assertEquals(doc, tokens.document(7, "secret PLANS for friday"), "same words, same document");
        assertNotEquals(doc, tokens.document(8, "secret plans for friday"), "another conversation");
        byte[] other = key.clone();
        other[0] = 4;
        assertNotEquals(doc, new SearchTokens(other).document(7, "secret plans for friday"), "another key");
    }

    @Test
    void matchExpressionsAreQuotedTokensJoinedWithAnd() {
        SearchTokens tokens = new SearchTokens(new byte[32]);
        String one = tokens.matchExpression("Friday", null);
        assertTrue(one.matches("\"[0-9a-f]{16}\""), one);
        String scoped = tokens.matchExpression("friday \" OR NEAR(", 5L);
        assertTrue(scoped.matches("\"[0-9a-f]{16}\"( AND \"[0-9a-f]{16}\"){3}"), "query syntax cannot leak in: " + scoped);
        assertTrue(scoped.startsWith(one));
        assertEquals("", tokens.matchExpression("?!", 5L));
    }

    @Test
    void snippetsOfShortBodiesAreTheBody() {
        Snippets.Snippet s = Snippets.of("See you at the cafe, CAFE!", "café");
        assertEquals("See you at the cafe, CAFE!", s.text());
        assertEquals(List.of(new Highlight(15, 19), new Highlight(21, 25)), s.highlights());
        assertEquals(List.of(), Snippets.of("nothing matches", "else").highlights());
    }

    @Test
    void snippetsOfLongBodiesAreAWindowAroundTheFirstMatch() {
        String body = "alpha ".repeat(100) + "target word here " + "omega ".repeat(100);
        Snippets.Snippet s = Snippets.of(body, "TARGET");
        assertTrue(s.text().startsWith("…") && s.text().endsWith("…"), s.text());
        assertTrue(s.text().length() <= Snippets.WINDOW + 30, s.text());
        Highlight h = s.highlights().getFirst();
        assertEquals("target", s.text().substring(h.start(), h.end()));
        Snippets.Snippet start = Snippets.of("target " + "omega ".repeat(100), "target");
        assertFalse(start.text().startsWith("…"));
        assertEquals(new Highlight(0, 6), start.highlights().getFirst());
        String emoji = "😀".repeat(200) + " needle";
        Snippets.Snippet e = Snippets.of(emoji, "needle");
        assertFalse(Character.isLowSurrogate(e.text().charAt(1)), "no split surrogate pair");
    }
}
