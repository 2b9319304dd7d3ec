package org.teikit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.InputException;

/**
 * The values a project gives stylesheet parameters ({@code --xslt-param NAME=VALUE}), checked once
 * against what the stylesheets declare, before anything is rendered: a name no stylesheet
 * declares, a parameter teikit sets itself, or a value the declared type cannot take is one clear
 * error. Each value is converted to the parameter's declared type, as Saxon's own command line does.
 */
final class ParameterValues {
    /** Parameters teikit sets for every page or view, from its own options and data. */
    static final Set<String> SET_BY_TEIKIT = Set.of("reading", "width", "site", "css", "js", "version", "prev-href", "prev-title",
            "next-href", "next-title", "validity", "validity-message", "data", "data-model", "register-file");

    private ParameterValues() { }

    /**
     * The given values, each for every stylesheet that declares it.
     *
     * @param stylesheets the stylesheets a renderer uses, by the name the user knows them by
     * @return by the same names, the values each stylesheet declares parameters for
     */
    static Map<String, Map<QName, XdmValue>> check(Map<String, String> given, Map<String, XsltExecutable> stylesheets) {
        Map<String, Map<QName, XdmValue>> out = new LinkedHashMap<>();
        stylesheets.keySet().forEach(k -> out.put(k, new LinkedHashMap<>()));
        given.forEach((name, value) -> {
            QName q = name(name);
            if (SET_BY_TEIKIT.contains(name)) {
                throw new InputException(null, "the stylesheet parameter " + name + " is set by teikit itself",
                        name.equals("reading") || name.equals("width") ? "use --" + name : "parameters you can set: " + settable(stylesheets));
            }
            stylesheets.forEach((sheet, exe) -> {
                XsltExecutable.ParameterDetails declared = exe.getGlobalParameters().get(q);
                if (declared != null) out.get(sheet).put(q, typed(name, value, declared));
            });
            if (out.values().stream().noneMatch(m -> m.containsKey(q))) {
                throw new InputException(null, "no stylesheet parameter " + name + " in " + String.join(" or ", stylesheets.keySet()),
                        "parameters you can set: " + settable(stylesheets));
            }
        });
        Map<String, Map<QName, XdmValue>> fixed = new LinkedHashMap<>();
        out.forEach((sheet, values) -> fixed.put(sheet, Map.copyOf(values)));
        return fixed;
    }

    /** Whether {@code stylesheet} declares every given parameter: a run that renders with it alone. */
    static void requireDeclared(Map<String, String> given, String name, XsltExecutable stylesheet) {
        for (String p : given.keySet()) {
            if (!stylesheet.getGlobalParameters().containsKey(name(p))) {
                throw new InputException(null, "no stylesheet parameter " + p + " in " + name,
                        "parameters you can set: " + settable(Map.of(name, stylesheet)));
            }
        }
    }

    private static QName name(String name) {
        try {
            QName q = name.startsWith("Q{") ? QName.fromEQName(name) : new QName(name);
            if (!q.getLocalName().matches("[\\p{L}_][\\p{L}\\p{N}_.\\-]*")) throw new IllegalArgumentException(name);
            return q;
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "'" + name + "' is not a stylesheet parameter name", "write NAME=VALUE, e.g. footer-text=Edited by us");
        }
    }

    /**
     * The value as the parameter's declared type, so that one it cannot take ("maybe" for a
     * boolean) fails now rather than on every page; untyped where any item will do.
     */
    private static XdmValue typed(String name, String value, XsltExecutable.ParameterDetails declared) {
        ItemType type = declared.getDeclaredItemType();
        try {
            if (type == null || type.subsumes(ItemType.UNTYPED_ATOMIC)) return new XdmAtomicValue(value, ItemType.UNTYPED_ATOMIC);
            if (ItemType.ANY_ATOMIC_VALUE.subsumes(type)) return new XdmAtomicValue(value, type);
        } catch (SaxonApiException e) {
            throw new InputException(null, "the stylesheet parameter " + name + " takes " + typeName(type) + ", not '" + value + "'", null);
        }
        throw new InputException(null, "the stylesheet parameter " + name + " takes " + typeName(type)
                + ", which a NAME=VALUE string cannot give", "set it in your customisation stylesheet instead");
    }

    private static String typeName(ItemType type) {
        QName q = type.getTypeName();
        return q == null ? type.toString() : "xs:" + q.getLocalName();
    }

    /** What a user may set, per stylesheet: "html.xsl: css-href, footer-text; text.xsl: header". */
    private static String settable(Map<String, XsltExecutable> stylesheets) {
        List<String> per = new ArrayList<>();
        stylesheets.forEach((sheet, exe) -> {
            Set<String> names = new TreeSet<>();
            for (QName q : exe.getGlobalParameters().keySet()) {
                String n = q.getNamespace().isEmpty() ? q.getLocalName() : q.getEQName();
                if (!SET_BY_TEIKIT.contains(n)) names.add(n);
            }
            per.add((stylesheets.size() > 1 ? sheet + ": " : "") + (names.isEmpty() ? "none" : String.join(", ", names)));
        });
        return String.join("; ", per);
    }
}
