package org.teikit.annotate.entity;

import org.teikit.source.BlockKind;

/**
 * One text of a document while its names are being found: its tokens, its kind of block, and
 * which tokens a name has already taken. Mutable; lives for one call of {@link EntityRecogniser}.
 */
final class TextScan {
    final int index;
    final Tokens tokens;
    final BlockKind kind;
    private final Object[] owner;

    TextScan(int index, String text, BlockKind kind) {
        this(index, text, kind, (word, next) -> false);
    }

    /** @param splitsPair whether a hyphenated word before the next joins two names ("Rusk-Dobrynin talks"): see {@link Tokens#of(String, java.util.function.BiPredicate)} */
    TextScan(int index, String text, BlockKind kind, java.util.function.BiPredicate<String, String> splitsPair) {
        this.index = index;
        this.tokens = Tokens.of(text, splitsPair);
        this.kind = kind;
        this.owner = new Object[tokens.size()];
    }

    boolean free(int i) {
        return i >= 0 && i < owner.length && owner[i] == null;
    }

    boolean free(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!free(i)) return false;
        }
        return true;
    }

    Object owner(int i) {
        return i >= 0 && i < owner.length ? owner[i] : null;
    }

    void claim(int from, int to, Object who) {
        for (int i = from; i < to; i++) owner[i] = who;
    }

    Token at(int i) {
        return tokens.at(i);
    }

    boolean isWord(int i, String w) {
        Token t = tokens.at(i);
        return t != null && t.is(w);
    }

    int start(int tokenIndex) {
        return tokens.get(tokenIndex).start();
    }

    int end(int tokenIndexExclusive) {
        return tokens.get(tokenIndexExclusive - 1).end();
    }

    String span(int from, int to) {
        return tokens.span(from, to);
    }
}
