package org.teikit.pipeline;

import java.util.Optional;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.ParentNode;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.AnnotatedText;
import org.teikit.annotate.Layer;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RegisterEntry;
import org.teikit.annotate.Span;
import org.teikit.source.Block;
import org.teikit.tei.SpanOrigin;
import org.teikit.tei.TeiEncoder;
import org.teikit.validate.Finding;

/**
 * One error teikit's checks found in an encoded document, and the annotation it lies in: a span
 * (the element made from it, or one around the node the finding names), or a register entry
 * (its {@code person}/{@code place}/{@code org} in {@code standOff}), or neither when the error is
 * in the document's own structure.
 *
 * @param finding what the check said
 * @param span    the span at fault, else {@code null}
 * @param entry   the register entry at fault, else {@code null}
 */
record Fault(Finding finding, SpanOrigin span, RegisterEntry entry) {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final int MAX_QUOTE = 60;

    /** Where {@code finding} lies in {@code doc}, the encoding of {@code annotated}. */
    static Fault locate(Finding finding, Document doc, AnnotatedDocument annotated) {
        Element at = ElementAtPath.find(doc, finding.xpath());
        if (at == null) return new Fault(finding, null, null);
        Optional<SpanOrigin> span = TeiEncoder.annotationAt(at);
        if (span.isPresent()) return new Fault(finding, span.get(), null);
        return new Fault(finding, null, entryAround(at, annotated));
    }

    /** The register entry whose element holds {@code at}, or {@code null}. */
    private static @Nullable RegisterEntry entryAround(Element at, AnnotatedDocument annotated) {
        for (ParentNode n = at; n instanceof Element e; n = e.getParent()) {
            String id = e.getAttributeValue("id", XML_NS);
            if (id == null) continue;
            Optional<RegisterEntry> entry = annotated.register().byId(id);
            if (entry.isPresent()) return entry.get();
        }
        return null;
    }

    /** Whether the fault lies in an annotation that can be left out. */
    boolean placed() {
        return span != null || entry != null;
    }

    /** Whether {@code s} of {@code text} is (part of) the annotation at fault: the span itself, or a mention of the entry. */
    boolean covers(AnnotatedText text, Span s) {
        if (span != null) return text == span.text() && s.equals(span.span());
        return entry != null && s.mark() instanceof Mark.Mention m && m.entry().equals(entry.id());
    }

    /** Whether {@code other} lies in the same annotation (two checks may reject one element). */
    boolean sameAnnotation(Fault other) {
        if (span != null) return other.span != null && span.text() == other.span.text() && span.span().equals(other.span.span());
        return entry != null && entry.equals(other.entry);
    }

    /** The layer the annotation at fault belongs to; only for a placed fault. */
    Layer layer() {
        return span != null ? Layer.of(span.span().mark()) : Layer.of(entry.type());
    }

    /** The annotation at fault in words: {@code the organisation name "UN" (#org-un) in the paragraph at line 13}. */
    String what(AnnotatedDocument doc) {
        if (entry != null) {
            return "the register entry #" + entry.id().value() + " (" + quote(entry.name()) + ") and its mentions";
        }
        Mark m = span.span().mark();
        String target = m instanceof Mark.Mention mention ? " (#" + mention.entryId() + ")" : "";
        return "the " + kind(m) + " " + quote(span.surface()) + target + " " + where(doc, span);
    }

    /** Why it was left out: which check rejected the document, its message and rule id. */
    String why() {
        String checker = finding.ruleId().startsWith("rng-") ? "teikit's schema" : "teikit's rules";
        return checker + " rejected it: " + finding.message().replaceAll("\\s+", " ").strip() + " [" + finding.ruleId() + "]";
    }

    private static String kind(Mark m) {
        return m.accept(KIND);
    }

    /** A mark's kind in words, for the warning. */
    private static final Mark.Visitor<String> KIND = new Mark.Visitor<>() {
        @Override
        public String mention(Mark.Mention mention) {
            return switch (mention.type()) {
                case PERSON -> "person name";
                case PLACE -> "place name";
                case ORG -> "organisation name";
            };
        }

        @Override public String role(Mark.Role m) { return "role name"; }
        @Override public String date(Mark.Date m) { return "date"; }
        @Override public String measure(Mark.Measure m) { return "measure"; }
        @Override public String supplied(Mark.Supplied m) { return "supplied text"; }
        @Override public String editorialNote(Mark.EditorialNote m) { return "editorial note"; }
        @Override public String gap(Mark.Gap m) { return "gap"; }
        @Override public String sic(Mark.Sic m) { return "correction"; }
        @Override public String abbreviation(Mark.Abbreviation m) { return "abbreviation"; }
        @Override public String footnoteAnchor(Mark.FootnoteAnchor m) { return "footnote link"; }
    };

    /**
     * Which text of the document: a header field, or a body block by its kind and the input line the
     * span starts on (block text keeps the source's offsets but where a joined break's whitespace was
     * made one space, so the line may be off there).
     */
    private static String where(AnnotatedDocument doc, SpanOrigin at) {
        AnnotatedText text = at.text();
        if (text == doc.title()) return "in the title";
        if (text == doc.citationTitle()) return "in the citation's title";
        if (text == doc.summary()) return "in the summary";
        for (int i = 0; i < doc.body().size(); i++) {
            if (doc.body().get(i) == text) {
                Block b = doc.record().body().get(i);
                String kind = b.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
                return "in the " + kind + " at line " + doc.record().source().lineOf(b.offset() + at.span().start());
            }
        }
        return "in the document";
    }

    private static String quote(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return "\"" + (one.length() > MAX_QUOTE ? one.substring(0, MAX_QUOTE - 1) + "…" : one) + "\"";
    }
}
