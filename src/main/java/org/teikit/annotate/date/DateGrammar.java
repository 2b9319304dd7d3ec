package org.teikit.annotate.date;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.annotate.DataFile;
import org.teikit.annotate.WordTable;

/**
 * The date patterns of {@code date-patterns.tsv} with their pieces ({@code {DAY}},
 * {@code {MONTH2}}, …) expanded into named groups built from the word table.
 */
final class DateGrammar {
    private static final Pattern PIECE = Pattern.compile("(?<!\\\\[pP])\\{([A-Z]+?)([23]?)}");
    /**
     * A time after a date. A time joined by "/" or a comma must look like one by itself ("03:00",
     * "4 pm", "14.20 hrs."); after "at" a dotted time will do ("at 11.00"): alone, "11.00" may be a sum.
     * The start of a span of hours ("8:30-12:30") is no time of the date.
     */
    /**
     * A time in four figures as telegrams and translated reports write it ("2100 hours", "0630 hrs"):
     * only with its word of the clock, for alone "1100" is a number.
     */
    private static final String MILITARY = "(?:[01]\\d|2[0-3])[0-5]\\d\\s?(?:hrs\\b|hours\\b)";
    /**
     * A telegram's time of dispatch in universal ("Zulu") time: "2103Z". The "Z" is its word of the
     * clock; the date then carries the zone, as the time is not local.
     */
    private static final String ZULU = "(?:[01]\\d|2[0-3])[0-5]\\dZ(?!\\p{L})";
    private static final String CLOCK = "(?:\\d{1,2}(?::\\d\\d|(?:\\.\\d\\d)?\\s?(?:[aApP]\\.\\s?[mM]\\b|[aApP][mM]\\b|hrs\\b|hours\\b|h\\b|o['’]clock))|" + MILITARY + "|" + ZULU + ")";
    /**
     * Noon and midnight named by their word, written as part of the date as datelines do
     * (", noon", ", 12 midnight"). After "at" ("October 29, at midday") the prose tells when
     * something happened on that day, and the date stays the day.
     */
    private static final String NAMED_TIME = ",?\\s(?:12\\s)?(?:(?<noon%s>[Nn]oon|[Mm]idday)|(?<midnight%s>[Mm]idnight))(?!\\p{L})";
    private static final String AT = "(?:(?:(?:\\s?/\\s?|,?\\s)(?=" + CLOCK + ")|,?\\s(?:at|about|around)\\s(?=" + CLOCK + "|\\d{1,2}\\.\\d\\d(?!\\d)))"
            + "(?<h%s>[01]?\\d|2[0-3])(?:[:.]?(?<min%s>[0-5]\\d))?(?!\\d)"
            + "(?:\\s?(?<ap%s>[aApP]\\.\\s?[mM]\\.|[aApP][mM]\\b)|(?<z%s>Z)(?!\\p{L}))?(?:\\s?(?:hrs\\b\\.?|hours\\b|h\\b|o['’]clock))?(?![:.]?\\d|\\s?[aApP]\\.?[mM]\\b|\\s?[–-]\\s?\\d)"
            + "|" + NAMED_TIME + ")";
    /**
     * A span of hours after a date: ", 3:00-3:15 p.m.", " from 10.30 to 12.45 hrs", " - 2: 10 p. m. -6:00 p. m."
     * (a dash before it, a space typed after the colon). The first time
     * has its minutes (a bare "3-4" after a date may be pages or items); "a.m."/"p.m." may stand after
     * the second only. Its groups are the first and second date's hours.
     */
    private static final String HOURS = "(?:,?\\s(?:[–-]\\s)?(?:from\\s)?)(?<h>[01]?\\d|2[0-3])[:.]\\s?(?<min>[0-5]\\d)"
            + "(?:\\s?(?<ap>[aApP]\\.\\s?[mM]\\.|[aApP][mM]\\b))?\\s?(?:[–-]|to|until|till)\\s?"
            + "(?<h2>[01]?\\d|2[0-3])(?:[:.]\\s?(?<min2>[0-5]\\d))?(?!\\d)"
            + "(?:\\s?(?:(?<ap2>[aApP]\\.\\s?[mM]\\.|[aApP][mM]\\b)|hrs\\b\\.?|hours\\b|h\\b))?";
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final List<DatePattern> patterns;

    private DateGrammar(List<DatePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * A piece of the templates: its regular expression, and what a stretch must hold for it to
     * match there ({@link Need#NOTHING} where nearly every stretch would: every window holds a figure).
     */
    private record Piece(String body, Need need) {
        /** Made of the forms of {@code kind}: needs one of them. */
        static Piece words(WordTable words, String kind, String before, String after) {
            return words(words, List.of(kind), before, after);
        }

        /** Made of the forms of any of {@code kinds}, tried in that order: needs one of them. */
        static Piece words(WordTable words, List<String> kinds, String before, String after) {
            List<Need> forms = new ArrayList<>();
            List<String> alternatives = new ArrayList<>();
            for (String kind : kinds) {
                for (String f : words.forms(kind)) {
                    Need.Literal form = new Need.Literal(Stretch.lower(f));
                    if (!forms.contains(form)) forms.add(form);
                }
                alternatives.add(words.alternation(kind));
            }
            return new Piece(before + "(?:" + String.join("|", alternatives) + ")" + after, Need.any(forms));
        }

        /** Needs a match of its own. */
        static Piece found(String body) {
            return new Piece(body, new Need.Found(Pattern.compile(body.replace("%s", ""))));
        }

        static Piece anywhere(String body) {
            return new Piece(body, Need.NOTHING);
        }
    }

    static DateGrammar load(WordTable words) {
        Map<String, Piece> pieces = pieces(words);
        Map<String, TemplateNeeds.Read> reads = new HashMap<>();
        pieces.forEach((name, piece) -> {
            TemplateNeeds.Read body = new TemplateNeeds(piece.body().replace("%s", ""), Map.of()).read();
            reads.put(name, new TemplateNeeds.Read(piece.need(), body.first(), body.nullable()));
        });
        List<DatePattern> patterns = new ArrayList<>();
        for (String[] row : DataFile.rows(DateGrammar.class, "date-patterns.tsv")) {
            DateForm form = DateForm.valueOf(row[0]);
            List<String> args = row[1].equals("-") ? List.of() : Arrays.asList(row[1].split(" "));
            String regex = expand(row[2], pieces);
            Set<String> groups = new LinkedHashSet<>();
            Matcher g = GROUP_NAME.matcher(regex);
            while (g.find()) groups.add(g.group(1));
            TemplateNeeds.Read read = new TemplateNeeds(row[2], reads).read();
            patterns.add(new DatePattern(form, args, Pattern.compile(regex), groups, patterns.size(), read.need(),
                    read.start(), Pattern.compile(read.start().lookAhead() + regex)));
        }
        return new DateGrammar(patterns);
    }

    List<DatePattern> patterns() {
        return patterns;
    }

    private static String expand(String template, Map<String, Piece> pieces) {
        Matcher m = PIECE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Piece piece = pieces.get(m.group(1));
            if (piece == null) throw new IllegalStateException("unknown piece {" + m.group(1) + "} in " + template);
            m.appendReplacement(out, Matcher.quoteReplacement(piece.body().replace("%s", m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The pieces; {@code %s} is where a second or third date's "2" or "3" goes in the group names. */
    private static Map<String, Piece> pieces(WordTable words) {
        return Map.ofEntries(
                Map.entry("DAY", Piece.anywhere("(?<d%s>3[01]|[12]\\d|0?[1-9])(?!\\d)(?:\\s?(?:st|nd|rd|th)\\b)?")),
                Map.entry("MONTH", Piece.words(words, "month", "(?<m%s>", ")(?!\\p{L})")),
                // "Sept 6": a short form without its full stop, only where the template puts a day after it
                Map.entry("MONTHD", Piece.words(words, List.of("month", "month-short"), "(?<m%s>", ")(?!\\p{L})")),
                Map.entry("DAYWORD", Piece.words(words, "dayword", "(?<d%s>", ")(?!\\p{L})")),
                Map.entry("MNUM", Piece.anywhere("(?<m%s>1[0-2]|0?[1-9])(?!\\d)")),
                Map.entry("ROMAN", Piece.words(words, "roman", "(?<m%s>", ")(?!\\p{L})")),
                // "[19]56": the editor supplied the century; "15 September [1956]", "August (1955)": the
                // editor supplied or glossed the whole year, which still belongs to the date (the
                // bracket stays for the editorial side). A bracket is taken only with its partner.
                // (the opening bracket captures its partner, which alone may close the year: a pattern
                // that does not let the year begin with a bracket takes no closing one either)
                Map.entry("YEAR", Piece.found("(?:\\[(?=\\d{4}(?<yb%s>\\]))|\\((?=\\d{4}(?<ypr%s>\\))))?"
                        + "(?<y%s>1[89]\\d\\d|20\\d\\d|\\[(?:1[89]|20)\\]\\d\\d)(?!\\d)"
                        + "(?:\\k<yb%s>|\\k<ypr%s>)?")),
                Map.entry("YY", Piece.anywhere("(?<y%s>\\d\\d)(?!\\d)")),
                Map.entry("AT", Piece.found(AT)),
                Map.entry("HOURS", Piece.found(HOURS)),
                Map.entry("REMARK", Piece.anywhere("(?:\\[[^\\[\\]]{1,24}\\] )?")),
                // a time before its date ("5 a.m. on 14 August"): only with a word of the clock
                Map.entry("TIME", Piece.found("(?<![\\d:.])(?<h%s>[01]?\\d|2[0-3])(?:[:.]?(?<min%s>[0-5]\\d))?\\s?"
                        + "(?:(?<ap%s>[aApP]\\.\\s?[mM]\\.|[aApP][mM]\\b)|hrs\\b\\.?|hours\\b|o['’]clock)")),
                Map.entry("SEASON", Piece.words(words, "season", "(?<season%s>", ")(?!\\p{L})")),
                Map.entry("DECADE", Piece.found("(?<y%s>1[89]\\d0|20\\d0)'?s(?!\\p{L})")),
                Map.entry("DECADEWORD", Piece.words(words, "decade", "(?<dw%s>", ")(?!\\p{L})")),
                Map.entry("PART", Piece.words(words, "part", "(?<part%s>", ")")),
                Map.entry("MONTHPART", Piece.words(words, "monthpart", "(?<mp%s>", ")")),
                Map.entry("YEARPART", Piece.words(words, "yearpart", "(?<yp%s>", ")")),
                Map.entry("ALONE", Piece.anywhere("(?! (?:of|in)(?!\\p{L})|,? \\d| and (?:(?:early|late) )?\\p{L}+,? (?:of )?\\d)")),
                Map.entry("EVENT", Piece.words(words, "event", "(?:", ")")),
                Map.entry("COUNT", Piece.anywhere("(?<n%s>" + words.alternation("count") + "|\\d{1,2})(?!\\p{L})")));
    }
}
