package org.teikit.annotate.editorial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells an alternative spelling from an inserted name part by shape. The bracket must follow a
 * run of capitalised words after one space, hold only capitalised words (no digits, no colon),
 * and not be followed by a capitalised word (then it completes the name after it: "[Werner]
 * Krolikowski"). Of those, a bracket of several words after a name of several words is a
 * respelling ("[Pak Yong Chan]", "[Lao Dong]"); a single word is one only when it starts like
 * the name ("Ulan Bator [Ulaanbaatar]") — "Liu [Shaoqi]" completes a name.
 */
final class ShapeAlternativeNames implements AlternativeNameJudge {
    static final ShapeAlternativeNames INSTANCE = new ShapeAlternativeNames();

    private ShapeAlternativeNames() { }

    @Override
    public boolean isAlternativeName(String text, int open, int close) {
        Bracket b = new Bracket(open, close);
        String content = b.content(text);
        List<String> words = Arrays.asList(content.split("\\s+"));
        if (content.isEmpty() || !words.stream().allMatch(ShapeAlternativeNames::capitalised)
                || b.capitalisedWordAfter(text)) {
            return false;
        }
        List<String> name = nameBefore(text, open);
        if (name.isEmpty()) return false;
        if (words.size() > 1 && name.size() > 1) return true;
        char first = Character.toLowerCase(content.charAt(0));
        return name.stream().anyMatch(w -> Character.toLowerCase(w.charAt(0)) == first);
    }

    /** The capitalised words standing right before the bracket, each one space apart. */
    private static List<String> nameBefore(String text, int open) {
        List<String> words = new ArrayList<>();
        int end = open;
        while (end > 1 && text.charAt(end - 1) == ' ') {
            int start = end - 1;
            while (start > 0 && Bracket.isWordChar(text.charAt(start - 1))) start--;
            String word = text.substring(start, end - 1);
            if (!capitalised(word)) break;
            words.add(0, word);
            end = start;
        }
        return words;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Bracket.isWordChar((char) c))
                && !word.toUpperCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT));
    }
}
