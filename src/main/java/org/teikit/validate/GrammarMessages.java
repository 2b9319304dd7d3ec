package org.teikit.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Jing's validation messages in an editor's words: which element, where, and what the schema
 * expected there, with rule ids a CI can filter on. Messages Jing may add in future versions
 * pass through unchanged under the rule id {@code rng}.
 */
final class GrammarMessages {
    /** A rewritten message. */
    record Rewritten(String ruleId, String message, String attribute) { }

    /** Where the error happened: the element Jing was looking at, its parent, its attributes. */
    record Context(String element, String parent, Function<String, String> attributeValue) { }

    private static final int LISTED = 8;
    /** Jing's datatype phrases, with an example an editor can copy. */
    private static final Map<String, String> DATATYPES = Map.of(
            "an ISO date and time", "a date and time (1976-05-13T14:30:00)",
            "an ISO date", "a date (1976-05-13)",
            "an ISO year and month", "a year and month (1976-05)",
            "a year", "a year (1976)",
            "an ISO time", "a time (14:30:00)",
            "a string matching the regular expression \"[^\\p{C}\\p{Z}]+\"", "one word, without spaces",
            "a URI matching the regular expression \"\\S+\"", "a URI, without spaces");
    private static final Pattern NAMESPACES = Pattern.compile("\\s*\\(with ((?:xmlns(?::[\\w.-]+)?=\"[^\"]*\"\\s*)+)\\)$");
    private static final Pattern NAMESPACE = Pattern.compile("xmlns(?::([\\w.-]+))?=\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern BAD_TOKEN = Pattern.compile("token \"(.*?)\" invalid; (.*)", Pattern.DOTALL);
    private static final Pattern EQUAL = Pattern.compile("must be equal to (.*)", Pattern.DOTALL);
    private static final String NAME = "\"([^\"]+)\"(?: from namespace \"([^\"]*)\")?";

    private interface Rule {
        Rewritten apply(Matcher m, Context c, Map<String, String> ns);
    }

    private record Entry(Pattern pattern, Rule rule) { }

    private static final List<Entry> RULES = List.of(
            entry("element " + NAME + " not allowed (anywhere|here)(?:; expected (.*))?", GrammarMessages::notAllowed),
            entry("element " + NAME + " not allowed yet; missing required elements? (.*)", (m, c, ns) ->
                    new Rewritten("rng-element-too-early", el(m.group(1)) + " comes too early inside " + el(c.parent())
                            + ": " + names(m.group(3), ns, "and") + " must come before it", null)),
            entry("element " + NAME + " not allowed yet(?:; expected (.*))?", (m, c, ns) ->
                    new Rewritten("rng-element-too-early", el(m.group(1)) + " comes too early inside " + el(c.parent())
                            + expected(m.group(3), c.parent(), ns), null)),
            entry("element " + NAME + " incomplete; missing required elements? (.*)", (m, c, ns) ->
                    new Rewritten("rng-element-incomplete", el(m.group(1)) + " is incomplete: it still needs "
                            + names(m.group(3), ns, "and"), null)),
            entry("element " + NAME + " incomplete(?:; expected (.*))?", (m, c, ns) ->
                    new Rewritten("rng-element-incomplete", el(m.group(1)) + " is incomplete"
                            + (m.group(3) == null ? "" : ": it still needs " + alternatives(m.group(3), null, ns)), null)),
            entry("found attribute " + NAME + ", but no attributes allowed here", (m, c, ns) ->
                    new Rewritten("rng-attribute-not-allowed", "@" + m.group(1) + " is not allowed on " + el(c.element())
                            + ", which takes no attributes", m.group(1))),
            entry("attribute " + NAME + " not allowed here(?:; expected attribute (.*?))?(?: or an attribute from another namespace)?", (m, c, ns) ->
                    new Rewritten("rng-attribute-not-allowed", "@" + m.group(1) + " is not allowed on " + el(c.element())
                            + (m.group(3) == null ? "" : "; it takes " + attributes(m.group(3))), m.group(1))),
            entry("value of attribute " + NAME + " is invalid(?:; (.*))?", (m, c, ns) ->
                    new Rewritten("rng-attribute-value", "@" + m.group(1) + "=\"" + value(c, m.group(1)) + "\" is not a valid value on "
                            + el(c.element()) + (m.group(3) == null ? "" : ": it " + requirement(m.group(3))), m.group(1))),
            entry("element " + NAME + " missing required attributes? (.*)", (m, c, ns) ->
                    new Rewritten("rng-attribute-missing", el(m.group(1)) + " needs " + attributes(m.group(3)), null)),
            entry("element " + NAME + " missing one or more required attributes(?:; expected attribute (.*))?", (m, c, ns) ->
                    new Rewritten("rng-attribute-missing", el(m.group(1)) + " lacks a required attribute"
                            + (m.group(3) == null ? "" : ": one of " + attributes(m.group(3))), null)),
            entry("text not allowed here(?:; expected (.*))?", (m, c, ns) ->
                    new Rewritten("rng-text-not-allowed", "text is not allowed directly inside " + el(c.element())
                            + expected(m.group(1), c.element(), ns), null)),
            entry("character content of element " + NAME + " invalid(?:; (.*))?", (m, c, ns) ->
                    new Rewritten("rng-text-value", "the text of " + el(m.group(1)) + " is not valid"
                            + (m.group(3) == null ? "" : ": it " + requirement(m.group(3))), null)),
            entry("empty content for element " + NAME + " not allowed(?:; (.*))?", (m, c, ns) ->
                    new Rewritten("rng-text-value", el(m.group(1)) + " must not be empty"
                            + (m.group(3) == null ? "" : ": it " + requirement(m.group(3))), null)),
            entry("document incompletely matched", (m, c, ns) ->
                    new Rewritten("rng-document-incomplete", "the document ends before the schema is satisfied", null)),
            entry("ID \"(.*)\" has already been defined", (m, c, ns) ->
                    new Rewritten("id-unique", "xml:id \"" + m.group(1) + "\" is already used by another element; every xml:id must name one element only", "xml:id")),
            entry("first occurrence of ID \"(.*)\"", (m, c, ns) ->
                    new Rewritten("id-unique", "xml:id \"" + m.group(1) + "\" is first used here and used again later in the file", "xml:id")),
            entry("IDREFS? \"(.*)\" without matching ID", (m, c, ns) ->
                    new Rewritten("pointer-unresolved", "\"" + m.group(1) + "\" refers to an xml:id that no element in this file has", null)));

    private GrammarMessages() { }

    private static Entry entry(String regex, Rule rule) {
        return new Entry(Pattern.compile(regex, Pattern.DOTALL), rule);
    }

    static Rewritten rewrite(String jingMessage, Context context) {
        String message = jingMessage == null ? "" : jingMessage.strip();
        Map<String, String> ns = new HashMap<>();
        Matcher decl = NAMESPACES.matcher(message);
        if (decl.find()) {
            Matcher each = NAMESPACE.matcher(decl.group(1));
            while (each.find()) ns.put(each.group(1) == null ? "" : each.group(1), each.group(2));
            message = message.substring(0, decl.start());
        }
        for (Entry e : RULES) {
            Matcher m = e.pattern.matcher(message);
            if (m.matches()) return e.rule.apply(m, context, ns);
        }
        return new Rewritten("rng", jingMessage, null);
    }

    private static Rewritten notAllowed(Matcher m, Context c, Map<String, String> ns) {
        String name = m.group(1);
        String inNamespace = m.group(2) == null ? "" : m.group(2);
        String expectedPart = m.group(4);
        String sameNameElsewhere = expectedPart == null ? null : namespaceOfSameName(name, inNamespace, expectedPart, ns);
        if (sameNameElsewhere != null) {
            return new Rewritten("rng-namespace", el(name) + " is " + (inNamespace.isEmpty() ? "in no namespace" : "in namespace " + inNamespace)
                    + ", but the schema expects it in namespace " + sameNameElsewhere
                    + (c.parent() == null ? ": declare it on the root element, <" + name + " xmlns=\"" + sameNameElsewhere + "\">" : ""), null);
        }
        boolean anywhere = m.group(3).equals("anywhere");
        String where = c.parent() == null ? " as the root element" : (anywhere ? "" : " here inside " + el(c.parent()));
        String what = anywhere ? el(name) + " is not an element this schema knows" + (c.parent() == null ? "" : " (inside " + el(c.parent()) + ")")
                : el(name) + " is not allowed" + where;
        String ruleId = c.parent() == null ? "rng-root" : anywhere ? "rng-unknown-element" : "rng-element-not-allowed";
        return new Rewritten(ruleId, what + expected(expectedPart, c.parent(), ns), null);
    }

    /** When the expected names include this local name in another namespace, that namespace. */
    private static @Nullable String namespaceOfSameName(String name, String inNamespace, String expectedPart, Map<String, String> ns) {
        Matcher q = QUOTED.matcher(expectedPart);
        while (q.find()) {
            String n = q.group(1);
            int colon = n.indexOf(':');
            String prefix = colon < 0 ? "" : n.substring(0, colon);
            String local = colon < 0 ? n : n.substring(colon + 1);
            String uri = ns.getOrDefault(prefix, "");
            if (local.equals(name) && !uri.equals(inNamespace)) return uri;
        }
        return null;
    }

    /** "; expected the end of <div> or <p>, <list> …" from Jing's "expected …" part. */
    private static String expected(String part, String element, Map<String, String> ns) {
        if (part == null) return "";
        String body = part.startsWith("expected ") ? part.substring("expected ".length()) : part;
        return "; expected " + alternatives(body, element, ns);
    }

    private static String alternatives(String body, String element, Map<String, String> ns) {
        List<String> items = new ArrayList<>();
        if (body.contains("the element end-tag")) items.add(element == null ? "the end of the element" : "the end of " + el(element));
        if (body.matches("(?s)(^|.*(, | or ))text((,| or ).*|$)")) items.add("text");
        if (body.contains("an element from another namespace")) items.add("an element from another namespace");
        List<String> elements = quotedNames(body.replaceFirst("(?s)^.*?element ", ""), ns, "<", ">");
        if (body.contains("element \"")) items.addAll(shorten(elements, "elements"));
        return join(items, "or");
    }

    private static String names(String list, Map<String, String> ns, String conjunction) {
        return join(quotedNames(list, ns, "<", ">"), conjunction);
    }

    private static String attributes(String list) {
        return join(shorten(quotedNames(list, Map.of(), "@", ""), "attributes"), "or");
    }

    private static List<String> quotedNames(String list, Map<String, String> ns, String before, String after) {
        List<String> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(list);
        while (q.find()) {
            String n = q.group(1);
            int colon = n.indexOf(':');
            String local = colon >= 0 && !n.startsWith("xml:") && ns.containsKey(n.substring(0, colon)) ? n.substring(colon + 1) : n;
            out.add(before + local + after);
        }
        return out;
    }

    private static List<String> shorten(List<String> names, String what) {
        if (names.size() <= LISTED) return names;
        List<String> out = new ArrayList<>(names.subList(0, LISTED));
        out.add((names.size() - LISTED) + " other " + what);
        return out;
    }

    private static String join(List<String> items, String conjunction) {
        if (items.isEmpty()) return "nothing more";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    private static String el(String name) {
        return name == null ? "the document" : "<" + name + ">";
    }

    private static String value(Context c, String attribute) {
        String v = c.attributeValue().apply(attribute);
        return v == null ? "" : v;
    }

    /** Jing's "must be …" as plain requirements with examples. */
    private static String requirement(String detail) {
        if (detail.startsWith("missing token; ")) return "is empty, but " + requirement(detail.substring("missing token; ".length()));
        Matcher token = BAD_TOKEN.matcher(detail);
        if (token.matches()) return "has the word \"" + token.group(1) + "\", which " + requirement(token.group(2));
        Matcher equal = EQUAL.matcher(detail);
        if (equal.matches()) {
            List<String> values = quotedNames(equal.group(1), Map.of(), "\"", "\"");
            return values.size() == 1 ? "must be " + values.get(0) : "must be one of " + join(values, "or");
        }
        if (!detail.startsWith("must be ")) return detail;
        List<String> kinds = new ArrayList<>();
        for (String kind : detail.substring("must be ".length()).split(", must be | or must be ")) {
            kinds.add(DATATYPES.getOrDefault(kind, kind));
        }
        return "must be " + join(kinds, "or");
    }
}
