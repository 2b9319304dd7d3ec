package org.teikit.annotate.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link Need} of a template of {@code date-patterns.tsv}: the regular-expression syntax
 * the templates use (groups, look-arounds, classes, escapes, quantifiers) and their
 * {@code {PIECE}}s. What it cannot be sure a match holds — a look-around, an optional or
 * repeated part, a class of several characters — it reads as needing nothing, so a need is never
 * more than a match must have.
 */
final class TemplateNeeds {
    private static final int UNQUANTIFIED = -1;

    private final String t;
    private final Map<String, Need> pieces;
    private int at;

    /** @param pieces what each piece needs, by name */
    TemplateNeeds(String template, Map<String, Need> pieces) {
        this.t = template;
        this.pieces = pieces;
    }

    Need read() {
        Need need = alternation();
        if (!atEnd()) throw new IllegalStateException("unbalanced ) at " + at + " in " + t);
        return need;
    }

    /** One atom: its need, and the character it stands for where it is one fixed character (in lower case; 0 if not). */
    private record Atom(Need need, char literal) {
        static Atom opaque() {
            return new Atom(Need.NOTHING, (char) 0);
        }
    }

    private boolean atEnd() {
        return at >= t.length();
    }

    private Need alternation() {
        List<Need> branches = new ArrayList<>();
        branches.add(sequence());
        while (!atEnd() && t.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return Need.any(branches);
    }

    /** A run of fixed characters becomes one literal; every atom that must occur adds its need. */
    private Need sequence() {
        List<Need> needs = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (!atEnd() && t.charAt(at) != '|' && t.charAt(at) != ')') {
            Atom atom = atom();
            int minimum = quantifier();
            if (minimum == UNQUANTIFIED && atom.literal() != 0) {
                literal.append(atom.literal());
                continue;
            }
            endLiteral(literal, needs);
            if (minimum != 0) needs.add(atom.need());
        }
        endLiteral(literal, needs);
        return Need.all(needs);
    }

    private static void endLiteral(StringBuilder literal, List<Need> needs) {
        if (!literal.toString().isBlank()) needs.add(new Need.Literal(literal.toString()));
        literal.setLength(0);
    }

    private Atom atom() {
        char c = t.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> charClass();
            case '\\' -> escape();
            case '{' -> piece();
            case '.', '^', '$' -> Atom.opaque();
            default -> new Atom(Need.NOTHING, Stretch.lower(c));
        };
    }

    private Atom group() {
        boolean lookaround = false;
        if (t.startsWith("?:", at)) {
            at += 2;
        } else if (t.startsWith("?=", at) || t.startsWith("?!", at)) {
            at += 2;
            lookaround = true;
        } else if (t.startsWith("?<=", at) || t.startsWith("?<!", at)) {
            at += 3;
            lookaround = true;
        } else if (t.startsWith("?<", at)) {
            int close = t.indexOf('>', at);
            if (close < 0) throw new IllegalStateException("unclosed group name at " + at + " in " + t);
            at = close + 1;
        } else if (t.startsWith("?", at)) {
            // Flags such as (?i) would change what a literal means: refuse rather than guess.
            throw new IllegalStateException("unsupported group (" + t.substring(at) + " in " + t);
        }
        Need inside = alternation();
        if (atEnd() || t.charAt(at) != ')') throw new IllegalStateException("unclosed ( in " + t);
        at++;
        return new Atom(lookaround ? Need.NOTHING : inside, (char) 0);
    }

    /** A class is one fixed character only as one letter in both cases: {@code [Ll]}. */
    private Atom charClass() {
        int start = at;
        int depth = 1;
        while (depth > 0) {
            if (atEnd()) throw new IllegalStateException("unclosed [ in " + t);
            char c = t.charAt(at++);
            if (c == '\\') at++;
            else if (c == '[') depth++;
            else if (c == ']') depth--;
        }
        String body = t.substring(start, at - 1);
        if (body.length() == 2 && Character.isLetter(body.charAt(0)) && body.charAt(0) != body.charAt(1)
                && Stretch.lower(body.charAt(0)) == Stretch.lower(body.charAt(1))) {
            return new Atom(Need.NOTHING, Stretch.lower(body.charAt(0)));
        }
        return Atom.opaque();
    }

    private Atom escape() {
        char c = t.charAt(at++);
        if (c == 'p' || c == 'P') {
            at = t.charAt(at) == '{' ? t.indexOf('}', at) + 1 : at + 1;
            return Atom.opaque();
        }
        if (c == 'Q') throw new IllegalStateException("unsupported \\Q in " + t);
        // \b, \s, \d and the like match more than one character, or none.
        if (Character.isLetterOrDigit(c)) return Atom.opaque();
        return new Atom(Need.NOTHING, Stretch.lower(c));
    }

    private Atom piece() {
        int close = t.indexOf('}', at);
        // "{MONTH2}" is a month like "{MONTH}": the digit only names the second date's groups.
        String name = t.substring(at, close).replaceAll("[23]$", "");
        at = close + 1;
        Need need = pieces.get(name);
        if (need == null) throw new IllegalStateException("unknown piece {" + name + "} in " + t);
        return new Atom(need, (char) 0);
    }

    /** Reads a quantifier, with its lazy or possessive mark, if one follows: its minimum, or {@link #UNQUANTIFIED}. */
    private int quantifier() {
        if (atEnd()) return UNQUANTIFIED;
        char c = t.charAt(at);
        int minimum;
        if (c == '?' || c == '*') {
            minimum = 0;
            at++;
        } else if (c == '+') {
            minimum = 1;
            at++;
        } else if (c == '{' && at + 1 < t.length() && Character.isDigit(t.charAt(at + 1))) {
            int close = t.indexOf('}', at);
            minimum = Integer.parseInt(t.substring(at + 1, close).split(",", -1)[0]);
            at = close + 1;
        } else {
            return UNQUANTIFIED;
        }
        if (!atEnd() && (t.charAt(at) == '?' || t.charAt(at) == '+')) at++;
        return minimum;
    }
}
