package org.teikit.annotate.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a stretch of text must hold for a date pattern to match in it: pieces ({@code {MONTH}}) and
 * literal text ("last year") the pattern cannot do without, read off the pattern's template. Every
 * pattern runs only over the stretches that hold what it needs, so a window around "No. 264" runs
 * none of the patterns that need a month name. A need is necessary, never sufficient: where the
 * template is too intricate to read (a look-around, an optional part), it needs nothing there.
 */
sealed interface Need {
    /** Needs nothing: holds everywhere. */
    Need NOTHING = new All(List.of());

    boolean holdsIn(Stretch s);

    /** Every one of {@code needs}. */
    record All(List<Need> needs) implements Need {
        public boolean holdsIn(Stretch s) {
            for (Need n : needs) {
                if (!n.holdsIn(s)) return false;
            }
            return true;
        }
    }

    /** One of {@code needs} at least (the branches of an alternation). */
    record Any(List<Need> needs) implements Need {
        public boolean holdsIn(Stretch s) {
            for (Need n : needs) {
                if (n.holdsIn(s)) return true;
            }
            return false;
        }
    }

    /** A match of {@code pattern} (a piece of the templates, standing alone). */
    record Found(Pattern pattern) implements Need {
        public boolean holdsIn(Stretch s) {
            return s.finds(pattern);
        }
    }

    /** The text {@code lower}, compared in lower case. */
    record Literal(String lower) implements Need {
        public boolean holdsIn(Stretch s) {
            return s.contains(lower);
        }
    }

    static Need all(List<Need> needs) {
        List<Need> kept = new ArrayList<>();
        for (Need n : needs) {
            if (n instanceof All a) kept.addAll(a.needs());
            else kept.add(n);
        }
        // Literals first: looking for one costs less than running a piece's pattern over the stretch.
        kept.sort(Comparator.comparing(n -> n instanceof Found));
        return kept.size() == 1 ? kept.get(0) : new All(List.copyOf(kept));
    }

    static Need any(List<Need> needs) {
        // A branch that needs nothing makes the whole alternation need nothing.
        if (needs.stream().anyMatch(n -> n.equals(NOTHING))) return NOTHING;
        return needs.size() == 1 ? needs.get(0) : new Any(List.copyOf(needs));
    }
}
