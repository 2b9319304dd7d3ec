package org.teikit.annotate.entity;

import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A text with some of the editor's brackets taken out ("Pyong[yang]" read as "Pyongyang"), and
 * the way back from the clean text's characters to the text's own, so that a name found in the
 * clean text can be claimed on the tokens of the text as written.
 */
final class UnbracketedText {
    private final boolean[] removed;
    private final int[] partner;
    private final int[] origin;
    private final String clean;

    private UnbracketedText(String text, boolean[] removed, int[] partner) {
        this.removed = removed;
        this.partner = partner;
        this.origin = new int[text.length() + 1];
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            if (removed[k]) continue;
            origin[out.length()] = k;
            out.append(text.charAt(k));
        }
        this.clean = out.toString();
    }

    /**
     * {@code text} without the brackets {@code remove} accepts, given the offsets of a "[" and of
     * the "]" that closes it; {@code null} where it accepts none.
     */
    static @Nullable UnbracketedText of(String text, BiPredicate<Integer, Integer> remove) {
        boolean[] removed = new boolean[text.length()];
        int[] partner = new int[text.length()];
        boolean any = false;
        for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
            int close = text.indexOf(']', open + 1);
            if (close < 0 || !remove.test(open, close)) continue;
            removed[open] = removed[close] = true;
            partner[open] = close;
            partner[close] = open;
            any = true;
        }
        return any ? new UnbracketedText(text, removed, partner) : null;
    }

    String clean() {
        return clean;
    }

    /** The offset in the text of the clean text's character at {@code cleanOffset}. */
    int origin(int cleanOffset) {
        return origin[cleanOffset];
    }

    /** Whether the text's character at {@code k} is a bracket taken out. */
    boolean removed(int k) {
        return k >= 0 && k < removed.length && removed[k];
    }

    /** The offset of the bracket that pairs with the one taken out at {@code k}. */
    int partner(int k) {
        return partner[k];
    }

    /** Whether a bracket taken out lies in the text's characters {@code [from, to)}. */
    boolean crosses(int from, int to) {
        for (int k = from; k < to; k++) {
            if (removed[k]) return true;
        }
        return false;
    }

    /** The tokens {@code [first, last + 1)} of {@code t} that cover exactly the text's characters {@code [from, to)}, or {@code null}. */
    static int @Nullable [] tokensCovering(Tokens t, int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() == from) first = i;
            if (t.get(i).end() == to) last = i;
        }
        return first < 0 || last < first ? null : new int[] {first, last + 1};
    }
}
