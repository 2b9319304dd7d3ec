package org.teikit.annotate;

/**
 * What a span is. Editorial marks ({@link Supplied}, {@link EditorialNote}, {@link Gap}) cover
 * their square brackets in the source text; the encoder turns the brackets into markup.
 */
public sealed interface Mark {

    /**
     * Which of two marks over the very same stretch goes outside: lower is outer. An editor's
     * bracket encloses a name, a name encloses its slip ("Kim II Sung" is a name whose text is a sic).
     */
    default int nestingRank() {
        if (this instanceof Supplied || this instanceof EditorialNote || this instanceof Gap) return 0;
        if (this instanceof Mention) return 1;
        if (this instanceof Role || this instanceof Date || this instanceof Measure) return 2;
        if (this instanceof Abbreviation) return 3;
        if (this instanceof Sic) return 4;
        return 5;
    }

    /** A mention of a register entry; the element's kind is the id's kind, so they always agree. */
    record Mention(RegisterId entry) implements Mark {
        public Mention(EntityType type, String entryId) {
            this(new RegisterId(type, entryId));
        }

        public EntityType type() {
            return entry.kind();
        }

        public String entryId() {
            return entry.value();
        }
    }

    /** A title, office or role inside or beside a name ("Comrade", "Attache"). */
    record Role() implements Mark { }

    /** A date with its normalised value. */
    record Date(DateValue value) implements Mark { }

    /** A quantity with a unit: {@code quantity} as a plain decimal ("475000000"), {@code unit} a short code ("RUB", "km", "m3", "t"). */
    record Measure(String quantity, String unit) implements Mark { }

    /** Words the editor or translator inserted: "[of the conversation]", the "[illiam]" of "W[illiam]". */
    record Supplied() implements Mark { }

    /** An editor's remark in brackets: "[female]", "[stamp: …]", "[Translator's note: …]", "[sic]". */
    record EditorialNote(String type) implements Mark { }

    /** Omitted or unreadable text: "[…]", "[...]", "[illegible]". */
    record Gap(String reason) implements Mark { }

    /** An evident slip ("Kim II Sung") and its correction, or {@code null} where the text flags a slip ("[sic]") but none is evident. */
    record Sic(String correction) implements Mark { }

    /** An abbreviation the text explains ("KIS (Kim Il Sung)"). */
    record Abbreviation(String expansion) implements Mark { }

    /** A footnote marker ("[1]", "*") pointing at the footnote block with the same {@code n}. */
    record FootnoteAnchor(String n) implements Mark { }
}
