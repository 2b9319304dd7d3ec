package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nu.xom.Attribute;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.ParentNode;
import org.junit.jupiter.api.Test;
import org.teikit.Integration;

/**
 * "Every file valid against teikit.rng is valid against tei_all.rng", tried on documents near
 * the ones teikit writes: the fixtures, shuffled by random edits (drop, copy, move, swap
 * elements; drop or exchange attribute values). Whatever teikit.rng still accepts, tei_all
 * must accept too. Seeded, so a failure is reproducible.
 */
@Integration
class SubsetOfTeiAllTest {
    private static final int MUTANTS_PER_SEED = 150;

    @Test
    void editsTeikitStillAcceptsAreAcceptedByTeiAll() throws Exception {
        Validator teiAll = Fixtures.grammarOnly(Fixtures.teiAll());
        Validator teikit = Fixtures.grammarOnly(Fixtures.teikitGrammar());
        List<String> seeds = new ArrayList<>();
        seeds.add(Fixtures.read(Fixtures.SHAPE));
        for (var p : Fixtures.xmlFiles("teikit/valid")) seeds.add(Fixtures.read(p));
        Random random = new Random(20260101L);
        int stillValid = 0;
        List<String> counterexamples = new ArrayList<>();
        for (String seed : seeds) {
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                Document doc = new Builder().build(seed, null);
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits; e++) mutate(doc, random);
                String xml = doc.toXML();
                if (!teikit.validate(xml, "mutant.xml").isValid()) continue;
                stillValid++;
                Report r = teiAll.validate(xml, "mutant.xml");
                if (!r.isValid()) counterexamples.add(r.textLines() + "\n" + xml);
            }
        }
        assertEquals(List.of(), counterexamples.stream().limit(3).toList());
        assertTrue(stillValid > 100, "too few mutants stay valid against teikit.rng to say anything: " + stillValid);
    }

    private static void mutate(Document doc, Random random) {
        Nodes all = doc.query("//*");
        List<Element> elements = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) elements.add((Element) all.get(i));   // never the root
        if (elements.isEmpty()) return;
        Element target = elements.get(random.nextInt(elements.size()));
        ParentNode parent = target.getParent();
        switch (random.nextInt(6)) {
            case 0 -> target.detach();
            case 1 -> parent.insertChild(target.copy(), parent.indexOf(target) + 1);
            case 2 -> {
                Element to = elements.get(random.nextInt(elements.size()));
                if (!isInside(to, target)) {
                    target.detach();
                    to.appendChild(target);
                }
            }
            case 3 -> {
                int at = parent.indexOf(target);
                if (at + 1 < parent.getChildCount()) {
                    Node next = parent.getChild(at + 1);
                    next.detach();
                    parent.insertChild(next, at);
                }
            }
            case 4 -> {
                if (target.getAttributeCount() > 0) target.removeAttribute(target.getAttribute(random.nextInt(target.getAttributeCount())));
            }
            default -> {
                if (target.getAttributeCount() == 0) return;
                Attribute a = target.getAttribute(random.nextInt(target.getAttributeCount()));
                Nodes same = doc.query("//@*[local-name() = '" + a.getLocalName() + "']");
                a.setValue(same.get(random.nextInt(same.size())).getValue());
            }
        }
    }

    private static boolean isInside(Element candidate, Element ancestor) {
        for (ParentNode p = candidate; p != null; p = p.getParent()) {
            if (p == ancestor) return true;
        }
        return false;
    }
}
