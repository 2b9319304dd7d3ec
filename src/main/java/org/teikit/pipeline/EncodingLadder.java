package org.teikit.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nu.xom.Document;
import org.teikit.TeikitBug;
import org.teikit.annotate.AnnotatedDocument;
import org.teikit.annotate.Layer;
import org.teikit.io.Bytes;
import org.teikit.tei.TeiEncoder;
import org.teikit.tei.TeiSerializer;
import org.teikit.validate.Finding;

/**
 * Degrade, never drop: encodes a document and, where teikit's own schema or rules reject the
 * result, encodes it again with less markup — without the annotations at fault, then without
 * their whole layers, then structure only — until what is written is valid. Each step down says
 * in one warning what was left out and why. Nothing invalid is passed on as if fine: when even the
 * bare structure fails, that is teikit's bug and the document is refused. Thread-safe.
 */
final class EncodingLadder {
    private final TeiEncoder encoder;
    private final Function<byte[], TextToTei.SelfCheck> check;

    EncodingLadder(TeiEncoder encoder, Function<byte[], TextToTei.SelfCheck> check) {
        this.encoder = encoder;
        this.check = check;
    }

    /** What was written in the end, and the warnings: first what was left out, then the checks' own warnings. */
    record Result(Document document, Bytes bytes, List<String> warnings) { }

    /** One encoding tried: the annotations it had, the TEI, and what the checks said of it. */
    private record Attempt(AnnotatedDocument annotated, Document document, Bytes bytes, TextToTei.SelfCheck check) {
        boolean valid() {
            return check.errors().isEmpty();
        }

        List<Fault> faults() {
            return check.errors().stream().map(f -> Fault.locate(f, document, annotated)).toList();
        }
    }

    /** The next thing to try, made from the full annotation and every fault met so far, and what it leaves out. */
    private record Step(AnnotatedDocument annotated, List<String> leftOut) { }

    /** A rung of the ladder: a way to encode with less, or nothing when it does not apply. */
    @FunctionalInterface
    private interface Rung {
        Optional<Step> next(AnnotatedDocument full, List<Fault> faults);
    }

    private static final List<Rung> RUNGS = List.of(
            EncodingLadder::withoutTheAnnotations, EncodingLadder::withoutTheLayers, EncodingLadder::structureOnly);

    Result encode(String file, AnnotatedDocument full) {
        Attempt attempt = attempt(full);
        List<Fault> faults = new ArrayList<>(attempt.faults());
        List<String> leftOut = List.of();
        for (Rung rung : RUNGS) {
            if (attempt.valid()) break;
            Optional<Step> step = rung.next(full, faults);
            if (step.isEmpty()) continue;
            attempt = attempt(step.get().annotated());
            leftOut = step.get().leftOut();
            faults.addAll(attempt.faults());
        }
        if (!attempt.valid()) {
            throw new TeikitBug(file, "teikit produced TEI that fails its own schema even without names, dates and"
                    + " editorial marks: " + faults.get(0).finding().textLine(),
                    "this is a bug in teikit; nothing was written — please report the input file");
        }
        List<String> warnings = new ArrayList<>(leftOut);
        warnings.addAll(attempt.check().warnings());
        return new Result(attempt.document(), attempt.bytes(), warnings);
    }

    private Attempt attempt(AnnotatedDocument annotated) {
        Document doc = encoder.encode(annotated);
        byte[] bytes = TeiSerializer.toBytes(doc);
        return new Attempt(annotated, doc, Bytes.copyOf(bytes), check.apply(bytes));
    }

    /** Rung 1: without each annotation an error lies in, so one wrong guess costs only itself. */
    private static Optional<Step> withoutTheAnnotations(AnnotatedDocument full, List<Fault> faults) {
        List<Fault> placed = faults.stream().filter(Fault::placed).toList();
        if (placed.isEmpty()) return Optional.empty();
        AnnotatedDocument fewer = full.without((text, span) -> placed.stream().anyMatch(f -> f.covers(text, span)));
        List<Fault> distinct = new ArrayList<>();
        for (Fault f : placed) {
            if (distinct.stream().noneMatch(f::sameAnnotation)) distinct.add(f);
        }
        // one line per annotation left out, with the first reason a check gave for it
        return Optional.of(new Step(fewer, distinct.stream().map(f -> "warning: left out " + f.what(full) + ": " + f.why()).toList()));
    }

    /** Rung 2: without every layer an error lay in (all organisation names, all dates …). */
    private static Optional<Step> withoutTheLayers(AnnotatedDocument full, List<Fault> faults) {
        Set<Layer> layers = faults.stream().filter(Fault::placed).map(Fault::layer)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Layer.class)));
        if (layers.isEmpty()) return Optional.empty();
        AnnotatedDocument thinner = full.without((text, span) -> layers.contains(Layer.of(span.mark())));
        Fault first = faults.stream().filter(Fault::placed).findFirst().orElseThrow();
        String names = layers.stream().map(Layer::label).collect(Collectors.joining(", "));
        return Optional.of(new Step(thinner, List.of("warning: left out all " + names + ": leaving out "
                + first.what(full) + " alone was not enough; " + first.why())));
    }

    /** Rung 3: the header and structure alone, as {@code --structure-only} writes them. */
    private static Optional<Step> structureOnly(AnnotatedDocument full, List<Fault> faults) {
        if (!full.hasMarkup() && full.documentDate() == null) return Optional.empty();
        Finding first = faults.get(0).finding();
        return Optional.of(new Step(AnnotatedDocument.structureOnly(full.record()), List.of(
                "warning: wrote header and structure only, without names, dates and editorial marks: teikit's checks rejected"
                        + " the document with them: " + first.message().replaceAll("\\s+", " ").strip() + " [" + first.ruleId() + "]")));
    }
}
