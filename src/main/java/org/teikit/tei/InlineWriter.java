package org.teikit.tei;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nu.xom.Element;
import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.Mark;
import org.teikit.annotate.Span;
import org.teikit.source.Break;

/**
 * Turns one annotated text into TEI phrase-level content. Every character of the text lands in
 * a text node, in order, except the square brackets of editorial marks, which become
 * {@code rend="brackets"}; line and page breaks become {@code lb}/{@code pb} milestones.
 */
final class InlineWriter {
    private final AnnotatedText annotated;
    private final String text;
    private final List<Span> spans;
    private final Deque<Break> pendingBreaks;
    private final FootnoteIds footnotes;
    private int next;

    private InlineWriter(AnnotatedText annotated, List<Break> breaks, FootnoteIds footnotes) {
        this.annotated = annotated;
        this.text = annotated.text();
        this.spans = annotated.spans();
        this.pendingBreaks = new ArrayDeque<>(breaks.stream()
                .sorted(java.util.Comparator.comparingInt(Break::offset)).toList());
        this.footnotes = footnotes;
    }

    /**
     * Appends {@code annotated} to {@code parent}.
     *
     * @param insideNote whether {@code parent} is (inside) a {@code note}, where TEI's
     *                   no-notes-in-notes rule turns editorial remarks into {@code seg}
     */
    static void write(Element parent, AnnotatedText annotated, List<Break> breaks, FootnoteIds footnotes,
                      boolean insideNote) {
        InlineWriter w = new InlineWriter(annotated, breaks, footnotes);
        w.emit(parent, 0, w.text.length(), insideNote);
        w.flushBreaks(parent, Integer.MAX_VALUE);
    }

    static void write(Element parent, AnnotatedText annotated) {
        write(parent, annotated, List.of(), FootnoteIds.NONE, false);
    }

    private void emit(Element parent, int start, int end, boolean insideNote) {
        int pos = start;
        while (next < spans.size() && spans.get(next).start() < end) {
            Span s = spans.get(next++);
            if (s.length() == 0) continue;
            appendText(parent, pos, s.start());
            flushBreaks(parent, s.start());
            parent.appendChild(element(s, insideNote));
            pos = s.end();
        }
        appendText(parent, pos, end);
    }

    private Element element(Span s, boolean insideNote) {
        return s.mark().accept(new ElementFor(s, insideNote));
    }

    /** The element of one span, by the kind of its mark; its text is emitted into it. */
    private final class ElementFor implements Mark.Visitor<Element> {
        private final Span s;
        private final boolean insideNote;
        private final boolean bracketed;
        private final int innerStart;
        private final int innerEnd;

        ElementFor(Span s, boolean insideNote) {
            this.s = s;
            this.insideNote = insideNote;
            this.bracketed = isBracketed(s);
            this.innerStart = bracketed ? s.start() + 1 : s.start();
            this.innerEnd = bracketed ? s.end() - 1 : s.end();
        }

        @Override
        public Element sic(Mark.Sic sic) {
            // "[sic]" without an evident correction: the slip is marked, nothing is guessed for it.
            if (sic.correction() == null) {
                Element e = from(s, "sic");
                emit(e, innerStart, innerEnd, insideNote);
                return machine(e, s);
            }
            Element e = from(s, "choice");
            Element content = Tei.add(e, "sic");
            emit(content, innerStart, innerEnd, insideNote);
            Tei.add(e, "corr", sic.correction());
            return machine(e, s);
        }

        @Override
        public Element abbreviation(Mark.Abbreviation abbr) {
            Element e = from(s, "choice");
            Element content = Tei.add(e, "abbr");
            emit(content, innerStart, innerEnd, insideNote);
            Tei.add(e, "expan", abbr.expansion());
            return machine(e, s);
        }

        @Override
        public Element gap(Mark.Gap gap) {
            Element e = Tei.attr(from(s, "gap"), "reason", gap.reason());
            // A gap holds no text of its own; the source's words for it ("...", "illegible") go in desc.
            skipNested(innerEnd);
            Tei.add(e, "desc", text.substring(innerStart, innerEnd));
            if (bracketed) Tei.attr(e, "rend", "brackets");
            return machine(e, s);
        }

        @Override
        public Element mention(Mark.Mention mention) {
            return holding(Tei.attr(from(s, nameElement(mention.type())), "ref", "#" + mention.entryId()));
        }

        @Override
        public Element role(Mark.Role role) {
            return holding(from(s, "roleName"));
        }

        @Override
        public Element date(Mark.Date date) {
            return holding(dateAttributes(from(s, "date"), date.value()));
        }

        @Override
        public Element measure(Mark.Measure measure) {
            return holding(Tei.attr(Tei.attr(from(s, "measure"), "quantity", measure.quantity()), "unit", measure.unit()));
        }

        @Override
        public Element supplied(Mark.Supplied supplied) {
            return holding(from(s, "supplied"));
        }

        @Override
        public Element editorialNote(Mark.EditorialNote note) {
            // TEI allows no note inside a note: inside one, the remark is a typed seg instead.
            return holding(insideNote
                    ? Tei.attr(from(s, "seg"), "type", "editorial")
                    : Tei.attr(Tei.attr(from(s, "note"), "type", "editorial"), "subtype", note.type()));
        }

        @Override
        public Element footnoteAnchor(Mark.FootnoteAnchor anchor) {
            return holding(footnotes.anchor(from(s, "ref"), anchor.n()));
        }

        /** {@code e} with the span's text (its brackets as {@code rend}) and the machine's {@code resp}. */
        private Element holding(Element e) {
            if (bracketed) Tei.attr(e, "rend", "brackets");
            boolean nowInNote = insideNote || "note".equals(e.getLocalName());
            emit(e, innerStart, innerEnd, nowInNote);
            return machine(e, s);
        }
    }

    /** The element for span {@code s}, remembering the span it came from. */
    private Element from(Span s, String name) {
        return new SpanElement(name, new SpanOrigin(annotated, s));
    }

    private static String nameElement(EntityType type) {
        return switch (type) {
            case PERSON -> "persName";
            case PLACE -> "placeName";
            case ORG -> "orgName";
        };
    }

    static Element dateAttributes(Element e, DateValue v) {
        Tei.attr(e, "when", v.when());
        Tei.attr(e, "from", v.from());
        Tei.attr(e, "to", v.to());
        Tei.attr(e, "notBefore", v.notBefore());
        Tei.attr(e, "notAfter", v.notAfter());
        return e;
    }

    private Element machine(Element e, Span s) {
        if (s.cert() != null) Tei.attr(e, "cert", s.cert().tei());
        return Tei.attr(e, "resp", Tei.RESP);
    }

    /** Brackets belong to the editorial mark only when the span is exactly "[…]" and nothing nested claims them. */
    private boolean isBracketed(Span s) {
        Mark m = s.mark();
        boolean editorial = m instanceof Mark.Supplied || m instanceof Mark.EditorialNote || m instanceof Mark.Gap;
        if (!editorial || s.length() < 2 || text.charAt(s.start()) != '[' || text.charAt(s.end() - 1) != ']') {
            return false;
        }
        for (int i = next; i < spans.size() && spans.get(i).start() < s.end(); i++) {
            Span inner = spans.get(i);
            if (inner.start() == s.start() || inner.end() == s.end()) return false;
        }
        return true;
    }

    private void skipNested(int end) {
        while (next < spans.size() && spans.get(next).start() < end) next++;
    }

    private void appendText(Element parent, int from, int to) {
        int pos = from;
        while (!pendingBreaks.isEmpty() && pendingBreaks.peek().offset() < to) {
            Break b = pendingBreaks.poll();
            int at = Math.max(b.offset(), pos);
            if (at > pos) parent.appendChild(text.substring(pos, at));
            parent.appendChild(milestone(b));
            pos = at;
        }
        if (to > pos) parent.appendChild(text.substring(pos, to));
    }

    private void flushBreaks(Element parent, int upTo) {
        while (!pendingBreaks.isEmpty() && pendingBreaks.peek().offset() <= upTo) {
            parent.appendChild(milestone(pendingBreaks.poll()));
        }
    }

    private static Element milestone(Break b) {
        return b.kind() == Break.Kind.PAGE ? Tei.attr(Tei.el("pb"), "resp", Tei.RESP) : Tei.el("lb");
    }
}
