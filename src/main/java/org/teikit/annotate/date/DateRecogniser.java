package org.teikit.annotate.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.DateValue;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;
import org.teikit.annotate.Recogniser;
import org.teikit.annotate.Span;
import org.teikit.annotate.WordTable;
import org.teikit.source.BlockKind;

/**
 * Finds dates and gives each its TEI value, of exactly the precision the text gives. The ways of
 * writing a date are data ({@code date-patterns.tsv}, {@code date-words.tsv},
 * {@code shift-words.txt}); this class runs them all and keeps, where matches overlap, the
 * longest (then the earliest, then the one listed first). A year the text leaves out comes from
 * the document's date and is marked {@link org.teikit.annotate.Certainty#MEDIUM} — or, read through
 * {@link #reader}, from an earlier mention of the same month where the document's date would put it
 * far away (see {@link MonthMentions}); without either, the date is left unmarked. Relative dates
 * ("last year") are resolved against the document's date or the last date the text mentioned.
 * A pattern runs only over the windows that hold what it {@link Need needs}.
 */
public final class DateRecogniser implements Recogniser {
    private static final Comparator<DateMatch> PREFERENCE =
            Comparator.comparingInt(DateMatch::length).reversed()
                    .thenComparingInt(DateMatch::start)
                    .thenComparingInt(m -> m.pattern().order());
    /** How far a date reaches from the figure, month or trigger word nearest to its ends. */
    private static final int REACH = 40;

    private final WordTable words;
    private final ShiftWords shiftWords;
    private final DateGrammar grammar;
    private final Pattern triggers;

    public DateRecogniser() {
        this.words = WordTable.load(DateRecogniser.class, "date-words.tsv");
        this.shiftWords = ShiftWords.load();
        this.grammar = DateGrammar.load(words);
        // The look-ahead for a first character that can start a trigger lets every other position
        // fail at once: without it each position tries every branch of the word lists in turn.
        this.triggers = Pattern.compile(initials(words, "month", "trigger").or(Initials.DIGITS).lookAhead()
                + "(?:\\d+|(?:" + words.alternation("month") + "|" + words.alternation("trigger") + ")(?!\\p{L}))");
    }

    /** The characters the forms of {@code kinds} begin with. */
    private static Initials initials(WordTable words, String... kinds) {
        StringBuilder firsts = new StringBuilder();
        for (String kind : kinds) {
            for (String form : words.forms(kind)) firsts.append(form.charAt(0));
        }
        return Initials.of(firsts.toString());
    }

    @Override
    public List<Span> find(String text, RecognitionContext context) {
        return find(text, null, documentDate(context.documentDate()), new MonthMentions());
    }

    /** Remembers, across the document's texts, the years its months were mentioned with. */
    @Override
    public DocumentReader reader(RecognitionContext context) {
        PartialDate document = documentDate(context.documentDate());
        MonthMentions mentions = new MonthMentions();
        return new DocumentReader() {
            @Override
            public List<Span> find(String text) {
                return DateRecogniser.this.find(text, null, document, mentions);
            }

            @Override
            public List<Span> find(String text, @Nullable BlockKind kind) {
                return DateRecogniser.this.find(text, kind, document, mentions);
            }
        };
    }

    private List<Span> find(String text, @Nullable BlockKind kind, PartialDate document, MonthMentions mentions) {
        DateReading reading = new DateReading(text, document, mentions, words, shiftWords);
        List<Span> spans = new ArrayList<>();
        for (DateMatch m : chosen(text, reading)) {
            DatelineReading dateline = kind == BlockKind.DATELINE ? DatelineReading.of(m, reading) : null;
            spans.addAll(dateline != null ? dateline.read(m, reading) : m.pattern().form().read(m, m.pattern().args(), reading));
        }
        return spans;
    }

    /**
     * The date a header date line or dateline gives ("May 13, 1976", "Moscow, 13 May 1976"): the
     * first date in it that states its year, or empty when it has none.
     */
    public Optional<DateValue> parseDocumentDate(String line) {
        return find(line, RecognitionContext.none()).stream()
                .filter(s -> s.cert() == null)
                .map(s -> ((Mark.Date) s.mark()).value())
                .filter(v -> v.when() != null && Character.isDigit(v.when().charAt(0)))
                .findFirst();
    }

    /** The matches to read, in text order: the preferred of every overlapping set. */
    private List<DateMatch> chosen(String text, DateReading reading) {
        List<int[]> windows = windows(text);
        // No figure, month or trigger: no date, and no matcher need be made for any of the patterns.
        if (windows.isEmpty()) return List.of();
        // Window by window, so each window is asked once what it holds; the candidates are sorted
        // below, so the order they are found in does not matter.
        List<DatePattern> patterns = grammar.patterns();
        Matcher[] matchers = new Matcher[patterns.size()];
        List<DateMatch> candidates = new ArrayList<>();
        for (int[] w : windows) {
            Stretch stretch = new Stretch(text, w[0], w[1]);
            for (DatePattern p : patterns) {
                // A match lies inside its window, so it holds all its pattern needs: where one is missing, none can match.
                if (!p.need().holdsIn(stretch)) continue;
                Matcher matcher = matchers[p.order()];
                if (matcher == null) {
                    matcher = p.search().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[p.order()] = matcher;
                }
                matcher.region(w[0], w[1]);
                while (matcher.find()) {
                    DateMatch m = DateMatch.of(p, matcher, text);
                    if (m.length() > 0 && !reading.embedded(m) && reading.wellFormed(m)) {
                        candidates.add(m);
                    } else if (m.start() + 1 < w[1]) {
                        // A refused match may hide a good one starting inside it: look again from its next character.
                        matcher.region(m.start() + 1, w[1]);
                    } else {
                        break;
                    }
                }
            }
        }
        candidates.sort(PREFERENCE);
        // The chosen never overlap one another, so by start they are also in order of end, and a
        // candidate need only be held against its neighbours there: a long paragraph with thousands
        // of dates costs n log n, not n².
        TreeMap<Integer, DateMatch> chosen = new TreeMap<>();
        for (DateMatch c : candidates) {
            Map.Entry<Integer, DateMatch> before = chosen.floorEntry(c.start());
            Map.Entry<Integer, DateMatch> after = chosen.ceilingEntry(c.start());
            boolean free = (before == null || !before.getValue().overlaps(c)) && (after == null || !after.getValue().overlaps(c));
            if (free) chosen.put(c.start(), c);
        }
        return new ArrayList<>(chosen.values());
    }

    /**
     * The stretches of {@code text} worth reading: every date has a figure, a month name or a
     * trigger word ("year", "day", "half"), and reaches no further than {@link #REACH} characters
     * from one of them. Reading only these stretches saves running every pattern over long
     * paragraphs without dates.
     */
    private List<int[]> windows(String text) {
        List<int[]> windows = new ArrayList<>();
        Matcher t = triggers.matcher(text);
        while (t.find()) {
            int start = Math.max(0, t.start() - REACH);
            int end = Math.min(text.length(), t.end() + REACH);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && start <= last[1]) last[1] = Math.max(last[1], end);
            else windows.add(new int[] {start, end});
        }
        return windows;
    }

    private static @Nullable PartialDate documentDate(DateValue v) {
        if (v == null) return PartialDate.NONE;
        String iso = v.when() != null ? v.when() : v.from() != null ? v.from() : v.notBefore();
        if (iso == null || iso.length() < 4 || !Character.isDigit(iso.charAt(0))) return PartialDate.NONE;
        Integer year = Integer.valueOf(iso.substring(0, 4));
        Integer month = iso.length() >= 7 ? Integer.valueOf(iso.substring(5, 7)) : null;
        Integer day = iso.length() >= 10 ? Integer.valueOf(iso.substring(8, 10)) : null;
        return new PartialDate(year, month, day, null, null, false, false);
    }
}
