package org.teikit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How a generated document lays out its paragraphs, one way per source layout: sections under
 * numbered headings, footnoted diary prose, numbered lines, a dialogue of speakers, numbered
 * telegram points.
 */
enum BodyStyle {
    /** Blank lines between paragraphs; from four paragraphs on, sections headed "II. Topic". */
    SECTIONS("sections") {
        @Override
        Body write(List<String> paragraphs, Map<String, String> slots, Random random) {
            List<String> blocks = new ArrayList<>();
            List<String> topics = GeneratorMaterial.get().list("topics");
            int section = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.size() >= 4 && (i == 0 || random.nextInt(3) == 0)) {
                    section++;
                    blocks.add(roman(section) + ". " + topics.get((section - 1 + random.nextInt(3)) % topics.size()));
                }
                blocks.add(paragraphs.get(i));
            }
            return new Body(String.join("\n\n", blocks), "");
        }
    },
    /** Blank lines between paragraphs; a few sentences carry markers {@code [1]} whose notes follow the signature. */
    FOOTNOTED("footnoted") {
        @Override
        Body write(List<String> paragraphs, Map<String, String> slots, Random random) {
            List<String> blocks = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String p : paragraphs) {
                int stop = p.indexOf(". ");
                if (notes.size() < 3 && stop > 0 && random.nextInt(3) == 0) {
                    int n = notes.size() + 1;
                    p = p.substring(0, stop) + "[" + n + "]" + p.substring(stop);
                    notes.add("[" + n + "] " + GeneratorMaterial.get().pick("notes", random));
                }
                blocks.add(p);
            }
            return new Body(String.join("\n\n", blocks), String.join("\n", notes));
        }
    },
    /** One line per paragraph, numbered "2. Topic. …", the last (the writer's opinion) unnumbered. */
    NUMBERED("numbered") {
        @Override
        Body write(List<String> paragraphs, Map<String, String> slots, Random random) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                boolean last = i == paragraphs.size() - 1 && i > 0;
                lines.add(last ? paragraphs.get(i)
                        : (i + 1) + ". " + GeneratorMaterial.get().pick("topics", random) + ". " + paragraphs.get(i));
            }
            return new Body(String.join("\n", lines), "");
        }
    },
    /** Turns "Speaker: …" between the two sides, in meetings headed "I. First Meeting". */
    DIALOGUE("dialogue") {
        @Override
        Body write(List<String> paragraphs, Map<String, String> slots, Random random) {
            List<String> blocks = new ArrayList<>();
            String[] speakers = {slots.get("a"), slots.get("p")};
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i % 4 == 0 && paragraphs.size() > 2) blocks.add(roman(i / 4 + 1) + ". Meeting " + (i / 4 + 1));
                blocks.add(speakers[i % 2] + ": " + paragraphs.get(i));
            }
            return new Body(String.join("\n\n", blocks), "");
        }
    },
    /** Blank lines between points numbered "1)". */
    NUMBERED_BRACKETS("numbered-brackets") {
        @Override
        Body write(List<String> paragraphs, Map<String, String> slots, Random random) {
            List<String> blocks = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) blocks.add((i + 1) + ") " + paragraphs.get(i));
            return new Body(String.join("\n\n", blocks), "");
        }
    };

    /** The body text, and the footnotes that go where the template says {@code {footnotes}}. */
    record Body(String text, String footnotes) { }

    private final String id;

    BodyStyle(String id) {
        this.id = id;
    }

    abstract Body write(List<String> paragraphs, Map<String, String> slots, Random random);

    static BodyStyle named(String id) {
        for (BodyStyle s : values()) if (s.id.equals(id)) return s;
        throw new IllegalStateException("no body style " + id);
    }

    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    static String roman(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) {
            while (n >= VALUES[i]) {
                s.append(ROMAN[i]);
                n -= VALUES[i];
            }
        }
        return s.toString();
    }
}
