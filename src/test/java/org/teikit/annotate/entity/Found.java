package org.teikit.annotate.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RegisterEntry;
import org.teikit.annotate.Span;
import org.teikit.source.BlockKind;

/** Runs the entity recogniser over invented paragraphs and shows what it found, for the tests. */
final class Found {
    static final EntityRecogniser RECOGNISER = new EntityRecogniser();

    final List<EntityRecogniser.Input> inputs;
    final DocumentEntities result;

    private Found(EntityRecogniser recogniser, List<EntityRecogniser.Input> inputs) {
        this.inputs = inputs;
        this.result = recogniser.recognise(inputs);
    }

    static Found in(String... paragraphs) {
        return new Found(RECOGNISER, Arrays.stream(paragraphs).map(p -> new EntityRecogniser.Input(p, BlockKind.PARAGRAPH)).toList());
    }

    static Found in(EntityRecogniser recogniser, String... paragraphs) {
        return new Found(recogniser, Arrays.stream(paragraphs).map(p -> new EntityRecogniser.Input(p, BlockKind.PARAGRAPH)).toList());
    }

    static Found blocks(EntityRecogniser.Input... inputs) {
        return new Found(RECOGNISER, List.of(inputs));
    }

    /** Every mention as "surface=id", in text order. */
    List<String> mentions() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            for (Span s : result.spans().get(i)) {
                if (s.mark() instanceof Mark.Mention m) out.add(inputs.get(i).text().substring(s.start(), s.end()) + "=" + m.entryId());
            }
        }
        return out;
    }

    /** The mentions of persons, as "surface=id", in text order. */
    List<String> personMentions() {
        return mentions().stream().filter(m -> m.contains("=pers-")).toList();
    }

    /** What the mentions of persons say, in text order. */
    List<String> personSurfaces() {
        return surfaces("pers-");
    }

    /** What the mentions of one kind say ("pers-", "place-", "org-": the start of their ids), in text order. */
    List<String> surfaces(String kind) {
        return mentions().stream().filter(m -> m.contains("=" + kind)).map(m -> m.substring(0, m.indexOf('='))).toList();
    }

    /** The places, organisations or persons found in the paragraphs, as their mentions say them. */
    static List<String> placesIn(String... paragraphs) {
        return in(paragraphs).surfaces("place-");
    }

    static List<String> orgsIn(String... paragraphs) {
        return in(paragraphs).surfaces("org-");
    }

    static List<String> personsIn(String... paragraphs) {
        return in(paragraphs).surfaces("pers-");
    }

    /** How many persons the mentions name. */
    long personCount() {
        return personMentions().stream().map(m -> m.substring(m.indexOf('=') + 1)).distinct().count();
    }

    /** The spans of another kind than a mention, as "surface:mark". */
    List<String> marks() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            for (Span s : result.spans().get(i)) {
                if (!(s.mark() instanceof Mark.Mention)) out.add(inputs.get(i).text().substring(s.start(), s.end()) + ":" + s.mark());
            }
        }
        return out;
    }

    Span span(String surface) {
        for (int i = 0; i < inputs.size(); i++) {
            for (Span s : result.spans().get(i)) {
                if (s.mark() instanceof Mark.Mention && inputs.get(i).text().substring(s.start(), s.end()).equals(surface)) return s;
            }
        }
        throw new AssertionError("no mention " + surface + " in " + mentions());
    }

    RegisterEntry entry(String id) {
        return result.register().byId(id).orElseThrow(() -> new AssertionError("no entry " + id + " in " + result.register().entries()));
    }

    boolean has(String id) {
        return result.register().byId(id).isPresent();
    }
}
