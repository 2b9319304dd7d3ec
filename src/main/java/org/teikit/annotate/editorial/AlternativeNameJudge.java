package org.teikit.annotate.editorial;

/**
 * Decides whether a bracket after a name is another spelling of it ("Pak Yeong-chan [Pak Yong
 * Chan]", "Ulan Bator [Ulaanbaatar]") rather than an editor's remark. The editor supplied such a
 * spelling: {@link EditorialRecogniser} marks it as supplied, never as a remark, and the entity side
 * takes "name [variant]" as one mention with a variant, the supplied spelling nested inside it (the
 * convention of real archive editions: the bracket is the editor's, the name is the document's).
 * The entity recogniser can override the decision by building the editorial recogniser with its own
 * judge (for instance one that knows its gazetteer's variants and falls back on {@link #byShape()}).
 */
@FunctionalInterface
public interface AlternativeNameJudge {

    /** Whether the bracket at {@code open}..{@code close} (the indices of "[" and "]") of {@code text} is an alternative name. */
    boolean isAlternativeName(String text, int open, int close);

    /** The judgement by the bracket's shape alone; see {@link ShapeAlternativeNames}. */
    static AlternativeNameJudge byShape() {
        return ShapeAlternativeNames.INSTANCE;
    }
}
