package org.teikit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.teikit.io.OutputFiles;

/**
 * Makes realistic archive documents for benchmarks: the five source layouts, varied senders,
 * hosts, names, offices, dates and lengths (most a few kilobytes, a long tail up to tens).
 * Deterministic: document {@code i} of seed {@code s} is the same text whatever the count, so
 * a corpus of 100 is the first hundred of a corpus of 10,000.
 */
public final class CorpusGenerator {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private final long seed;
    private final GeneratorMaterial material = GeneratorMaterial.get();

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** What was written: the files in order and their total size. */
    public record Corpus(List<Path> files, long bytes) { }

    /** Writes documents {@code 0..count-1} to {@code dir} as {@code doc-000000.txt}…. */
    public Corpus write(int count, Path dir) {
        List<Path> files = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] text = document(i).getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve(fileName(i));
            OutputFiles.write(file, text);
            files.add(file);
            bytes += text.length;
        }
        return new Corpus(List.copyOf(files), bytes);
    }

    public static String fileName(int index) {
        return String.format(Locale.ROOT, "doc-%06d.txt", index);
    }

    /** The text of document {@code index}. */
    public String document(int index) {
        // Each document draws from its own generator, so it does not depend on the ones before it.
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        GeneratorMaterial.LayoutTemplate layout = material.layouts.get(random.nextInt(material.layouts.size()));
        Map<String, String> slots = cast(random, index);
        List<String> paragraphs = paragraphs(random, slots);
        BodyStyle.Body body = layout.style().write(paragraphs, slots, random);
        slots.put("body", body.text());
        slots.put("footnotes", body.footnotes());
        return Slots.fill(layout.text(), slots);
    }

    /** Who and what one document is about: every slot its template and sentences may use. */
    private Map<String, String> cast(Random random, int index) {
        List<GeneratorMaterial.Country> countries = distinct(material.countries, 3, random);
        GeneratorMaterial.Country sender = countries.get(0);
        GeneratorMaterial.Country host = countries.get(1);
        GeneratorMaterial.Country other = countries.get(2);
        List<String> surnames = distinct(material.list("surnames"), 5, random);

        LocalDate date = LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate meeting = date.minusDays(1 + random.nextInt(5));
        LocalDate earlier = date.minusDays(20 + random.nextInt(200));
        LocalDate received = date.plusDays(3 + random.nextInt(20));

        Map<String, String> s = new HashMap<>();
        s.put("sender", sender.name());
        s.put("sender-state", sender.state());
        s.put("sender-adjective", sender.adjective());
        s.put("home-city", sender.capital());
        s.put("archive", sender.archive());
        s.put("language", sender.language());
        s.put("host-country", host.name());
        s.put("host-adjective", host.adjective());
        s.put("host-city", host.capital());
        s.put("honorific", host.honorific());
        s.put("other-country", other.name());
        s.put("other-adjective", other.adjective());
        s.put("other-city", other.capital());

        String authorForename = material.pick("forenames", random);
        s.put("a", surnames.get(0));
        s.put("author", authorForename + " " + surnames.get(0));
        s.put("author-surname", surnames.get(0));
        s.put("author-office", material.pick("offices", random));
        s.put("p", surnames.get(1));
        s.put("partner", material.pick("forenames", random) + " " + surnames.get(1));
        s.put("partner-short", initial(random) + ". " + surnames.get(1));
        String partnerOffice = material.pick("offices", random);
        s.put("p-office", partnerOffice);
        s.put("partner-office", partnerOffice);
        s.put("partner-office-title", "the " + host.adjective() + " " + partnerOffice);
        s.put("partner-full-office", "the " + partnerOffice + " of " + host.name() + ", " + initial(random) + ". " + surnames.get(1));
        s.put("t", material.pick("forenames", random) + " " + surnames.get(2));
        s.put("third", s.get("t"));
        s.put("third-office", material.pick("offices", random));
        s.put("minister", material.pick("forenames", random) + " " + surnames.get(3));
        s.put("interpreter", initial(random) + ". " + surnames.get(4));
        s.put("translator", material.pick("forenames", random) + " " + material.pick("surnames", random));

        s.put("date-us", MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear());
        s.put("date-dmy", dmy(date));
        s.put("date-dots", String.format(Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
        s.put("date-received", dmy(received));
        s.put("meeting-dmy", dmy(meeting));
        s.put("meeting-dots", meeting.getDayOfMonth() + "." + meeting.getMonthValue() + "." + meeting.getYear());
        s.put("meeting-ymd", meeting.getYear() + " " + MONTHS[meeting.getMonthValue() - 1] + " " + meeting.getDayOfMonth());
        s.put("day-month", meeting.getDayOfMonth() + " " + MONTHS[meeting.getMonthValue() - 1]);
        s.put("day-month-earlier", earlier.getDayOfMonth() + " " + MONTHS[earlier.getMonthValue() - 1]
                + (earlier.getYear() == date.getYear() ? "" : " " + earlier.getYear()));
        s.put("month-year", MONTHS[earlier.getMonthValue() - 1] + " " + earlier.getYear());
        s.put("year", Integer.toString(date.getYear()));
        s.put("prev-year", Integer.toString(date.getYear() - 1));
        s.put("next-year", Integer.toString(date.getYear() + 1));
        s.put("time", String.format(Locale.ROOT, "%02d:%02d", 8 + random.nextInt(12), 5 * random.nextInt(12)));

        drawFigures(random, s);
        s.put("number", Integer.toString(100_000 + index));
        s.put("serial", Integer.toString(10 + random.nextInt(990)));
        s.put("copy", Integer.toString(1 + random.nextInt(5)));
        s.put("shelfmark", String.format(Locale.ROOT, "Fond %d, file %d, folio %d-%d", 1 + random.nextInt(60),
                1 + random.nextInt(300), 1 + random.nextInt(9), 10 + random.nextInt(40)));
        s.put("topic", material.pick("topics", random));
        s.put("venue", material.pick("venues", random));
        s.put("funder", material.pick("funders", random));
        s.put("department", material.pick("departments", random));
        s.put("repository", material.pick("repositories", random));
        s.put("project", material.pick("projects", random));
        s.put("kind", material.pick("kinds", random));
        s.put("classification", material.pick("classifications", random));
        s.put("comment", Slots.fill(material.pick("comments", random), s));
        s.put("title", Slots.fill(material.pick("titles", random), s));
        s.put("summary", Slots.fill(material.pick("summaries", random), s));
        return s;
    }

    /** Mostly three to eight paragraphs of two to five sentences; now and then forty. */
    private List<String> paragraphs(Random random, Map<String, String> slots) {
        int count = 2 + (int) Math.min(40, Math.floor(Math.exp(random.nextGaussian() * 0.7 + 1.3)));
        List<String> sentences = material.list("sentences");
        List<String> paragraphs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = 2 + random.nextInt(4);
            StringBuilder p = new StringBuilder();
            for (String sentence : distinct(sentences, n, random)) {
                if (p.length() > 0) p.append(' ');
                drawFigures(random, slots);
                p.append(Slots.fill(sentence, slots));
            }
            paragraphs.add(p.toString());
        }
        return paragraphs;
    }

    /** Quantities and months change from sentence to sentence. */
    private static void drawFigures(Random random, Map<String, String> slots) {
        slots.put("num", String.format(Locale.ROOT, "%d.%03d", 1 + random.nextInt(400), 100 * random.nextInt(10)));
        slots.put("num-small", Integer.toString(2 + random.nextInt(30)));
        slots.put("month", MONTHS[random.nextInt(12)]);
    }

    private static String dmy(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String initial(Random random) {
        return String.valueOf((char) ('A' + random.nextInt(26)));
    }

    private static <T> List<T> distinct(List<T> items, int n, Random random) {
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) chosen.add(GeneratorMaterial.pick(items, random));
        return new ArrayList<>(chosen);
    }
}
