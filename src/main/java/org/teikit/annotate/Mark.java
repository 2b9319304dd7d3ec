package org.teikit.annotate;

import org.jspecify.annotations.Nullable;

/**
 * What a span is. Editorial marks ({@link Supplied}, {@link EditorialNote}, {@link Gap}) cover
 * their square brackets in the source text; the encoder turns the brackets into markup.
 */
public sealed interface Mark {

    /**
     * Hands this mark to the one method of {@code visitor} for its kind. Every kind of mark has its
     * own method and none has a default, so a new kind does not compile until every visitor
     * handles it: Java 17 has no exhaustive switch over a sealed type, and this is the check instead.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of mark; see {@link #accept}. */
    interface Visitor<R> {
        R mention(Mention m);
        R role(Role m);
        R date(Date m);
        R measure(Measure m);
        R supplied(Supplied m);
        R editorialNote(EditorialNote m);
        R gap(Gap m);
        R sic(Sic m);
        R abbreviation(Abbreviation m);
        R footnoteAnchor(FootnoteAnchor m);
    }

    /**
     * Which of two marks over the very same stretch goes outside: lower is outer. An editor's
     * bracket encloses a name, a name encloses its slip ("Kim II Sung" is a name whose text is a sic).
     */
    default int nestingRank() {
        return accept(NestingRank.RANK);
    }

    /** A mention of a register entry; the element's kind is the id's kind, so they always agree. */
    record Mention(RegisterId entry) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mention(this);
        }

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
    record Role() implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.role(this);
        }
    }

    /** A date with its normalised value. */
    record Date(DateValue value) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.date(this);
        }
    }

    /** A quantity with a unit: {@code quantity} as a plain decimal ("475000000"), {@code unit} a short code ("RUB", "km", "m3", "t"). */
    record Measure(String quantity, String unit) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.measure(this);
        }
    }

    /** Words the editor or translator inserted: "[of the conversation]", the "[illiam]" of "W[illiam]". */
    record Supplied() implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.supplied(this);
        }
    }

    /** An editor's remark in brackets: "[female]", "[stamp: …]", "[Translator's note: …]", "[sic]". */
    record EditorialNote(String type) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.editorialNote(this);
        }
    }

    /** Omitted or unreadable text: "[…]", "[...]", "[illegible]". */
    record Gap(String reason) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.gap(this);
        }
    }

    /** An evident slip ("Kim II Sung") and its correction, or {@code null} where the text flags a slip ("[sic]") but none is evident. */
    record Sic(@Nullable String correction) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sic(this);
        }
    }

    /** An abbreviation the text explains ("KIS (Kim Il Sung)"). */
    record Abbreviation(String expansion) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.abbreviation(this);
        }
    }

    /** A footnote marker ("[1]", "*") pointing at the footnote block with the same {@code n}. */
    record FootnoteAnchor(String n) implements Mark {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.footnoteAnchor(this);
        }
    }
}
