package org.teikit.annotate.date;

import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Pattern PIECE = Pattern.compile("(?<!\\\\[pP])\\{([A-Z]+?)(2?)}");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final List<DatePattern> patterns;

    private DateGrammar(List<DatePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static DateGrammar load(WordTable words) {
        Map<String, String> pieces = pieces(words);
        List<DatePattern> patterns = new ArrayList<>();
        for (String[] row : DataFile.rows(DateGrammar.class, "date-patterns.tsv")) {
            DateForm form = DateForm.valueOf(row[0]);
            List<String> args = row[1].equals("-") ? List.of() : Arrays.asList(row[1].split(" "));
            String regex = expand(row[2], pieces);
            Set<String> groups = new LinkedHashSet<>();
            Matcher g = GROUP_NAME.matcher(regex);
            while (g.find()) groups.add(g.group(1));
            patterns.add(new DatePattern(form, args, Pattern.compile(regex), groups, patterns.size()));
        }
        return new DateGrammar(patterns);
    }

    List<DatePattern> patterns() {
        return patterns;
    }

    private static String expand(String template, Map<String, String> pieces) {
        Matcher m = PIECE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = pieces.get(m.group(1));
            if (body == null) throw new IllegalStateException("unknown piece {" + m.group(1) + "} in " + template);
            m.appendReplacement(out, Matcher.quoteReplacement(body.replace("%s", m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The pieces; {@code %s} is where a second date's "2" goes in the group names. */
    private static Map<String, String> pieces(WordTable words) {
        return Map.ofEntries(
                Map.entry("DAY", "(?<d%s>3[01]|[12]\\d|0?[1-9])(?!\\d)(?:\\s?(?:st|nd|rd|th)\\b)?"),
                Map.entry("MONTH", "(?<m%s>" + words.alternation("month") + ")(?!\\p{L})"),
                Map.entry("MNUM", "(?<m%s>1[0-2]|0?[1-9])(?!\\d)"),
                Map.entry("ROMAN", "(?<m%s>" + words.alternation("roman") + ")(?!\\p{L})"),
                Map.entry("YEAR", "(?<y%s>1[89]\\d\\d|20\\d\\d)(?!\\d)"),
                Map.entry("YY", "(?<y%s>\\d\\d)(?!\\d)"),
                Map.entry("TIME", "(?<h%s>[01]?\\d|2[0-3])[:.](?<min%s>[0-5]\\d)(?!\\d)"
                        + "(?:\\s?(?<ap%s>[aApP]\\.[mM]\\.|[aApP][mM]\\b))?"),
                Map.entry("SEASON", "(?<season%s>" + words.alternation("season") + ")(?!\\p{L})"),
                Map.entry("DECADE", "(?<y%s>1[89]\\d0|20\\d0)'?s(?!\\p{L})"),
                Map.entry("DECADEWORD", "(?<dw%s>" + words.alternation("decade") + ")(?!\\p{L})"),
                Map.entry("PART", "(?<part%s>" + words.alternation("part") + ")"),
                Map.entry("HALF", "(?<half%s>" + words.alternation("half") + ")"),
                Map.entry("QUARTER", "(?<quarter%s>" + words.alternation("quarter") + ")"),
                Map.entry("COUNT", "(?<n%s>" + words.alternation("count") + "|\\d{1,2})(?!\\p{L})"));
    }
}
