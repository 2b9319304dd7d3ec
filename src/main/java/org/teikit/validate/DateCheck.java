package org.teikit.validate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * TEI's W3C date attributes: {@code date-invalid} for a value that is not a real W3C date,
 * {@code date-order} for a period or bracket that ends before it starts, and
 * {@code date-when-with-range} for {@code @when} mixed with {@code @from/@to/@notBefore/@notAfter}.
 */
final class DateCheck implements Check {
    private enum Attr {
        WHEN("when"), FROM("from"), TO("to"), NOT_BEFORE("notBefore"), NOT_AFTER("notAfter");

        final String name;

        Attr(String name) {
            this.name = name;
        }
    }

    /**
     * The TEI elements whose @from/@to are not dates (page ranges of att.citing, pointers of
     * span/arc/app/rt, folio references of locus), as tei_all defines them; none is datable.
     */
    static final Set<String> NOT_DATABLE = Set.of("biblScope", "citedRange", "locus", "span", "arc", "app", "rt");

    @Override
    public void start(ElementPath.Frame element, Attributes attributes, FindingSink out) {
        if (!element.isTei() || NOT_DATABLE.contains(element.local)) return;
        Map<Attr, String> raw = new EnumMap<>(Attr.class);
        for (Attr a : Attr.values()) {
            String v = attributes.getValue("", a.name);
            if (v != null) raw.put(a, v);
        }
        if (raw.isEmpty()) return;
        Map<Attr, W3cDate> dates = new EnumMap<>(Attr.class);
        raw.forEach((a, v) -> {
            try {
                dates.put(a, W3cDate.parse(v));
            } catch (W3cDate.Invalid e) {
                out.add(Severity.ERROR, "date-invalid", "@" + a.name + "=\"" + v + "\" on <" + element.local
                        + "> is not a valid W3C date: " + e.getMessage(), element.line, element.column,
                        element.xpath() + "/@" + a.name);
            }
        });
        if (raw.containsKey(Attr.WHEN) && raw.size() > 1) {
            out.error("date-when-with-range", "<" + element.local + "> has @when together with @"
                    + String.join(" and @", raw.keySet().stream().filter(a -> a != Attr.WHEN).map(a -> a.name).toList())
                    + ": a date is either a point (@when) or a period (@from/@to, @notBefore/@notAfter), not both", element);
        }
        order(element, dates, Attr.FROM, Attr.TO, out);
        order(element, dates, Attr.NOT_BEFORE, Attr.NOT_AFTER, out);
    }

    private static void order(ElementPath.Frame element, Map<Attr, W3cDate> dates, Attr first, Attr last, FindingSink out) {
        W3cDate a = dates.get(first);
        W3cDate b = dates.get(last);
        if (a == null || b == null || !a.isOrderable() || !b.isOrderable()) return;
        if (a.start().isAfter(b.end())) {
            out.error("date-order", "@" + first.name + "=\"" + a.value() + "\" is later than @" + last.name + "=\"" + b.value()
                    + "\": the period on <" + element.local + "> ends before it starts", element);
        }
    }
}
