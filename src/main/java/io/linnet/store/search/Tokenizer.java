package io.linnet.store.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the words search matches on. A word is a run of letters and digits, folded to lower
 * case without accents ({@code Café} and {@code cafe} are the same word). Scripts written without spaces
 * (Han, Hiragana, Katakana) give one word per character, so a query of a few characters still finds them.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /**
     * A word and where it is in the text.
     *
     * @param word the folded word
     * @param start index of its first character in the original text
     * @param end index after its last character
     */
    public record Token(String word, int start, int end) {}

    /** The words of {@code text}, in order, repeats included. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isPerCharacter(cp)) {
                out.add(new Token(fold(text.substring(i, i + len)), i, i + len));
                i += len;
            } else if (isWordChar(cp)) {
                int start = i;
                i += len;
                while (i < n) {
                    int next = text.codePointAt(i);
                    if (!isWordChar(next) || isPerCharacter(next)) {
                        break;
                    }
                    i += Character.charCount(next);
                }
                String folded = fold(text.substring(start, i));
                if (!folded.isEmpty()) {
                    out.add(new Token(folded, start, i));
                }
            } else {
                i += len;
            }
        }
        return out;
    }

    /** The distinct folded words of {@code text}, in first-seen order. */
    public static List<String> distinctWords(String text) {
        return tokens(text).stream().map(Token::word).distinct().toList();
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isPerCharacter(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * Compatibility-decomposed, accents removed from Latin, Greek and Cyrillic letters (elsewhere, e.g.
     * the Japanese voicing marks, a mark changes the letter and stays), recomposed, lower-cased.
     */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (base == Character.UnicodeScript.LATIN || base == Character.UnicodeScript.GREEK
                        || base == Character.UnicodeScript.CYRILLIC) {
                    continue;
                }
            } else {
                base = Character.UnicodeScript.of(cp);
            }
            b.appendCodePoint(cp);
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
