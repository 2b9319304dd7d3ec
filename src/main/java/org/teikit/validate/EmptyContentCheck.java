package org.teikit.validate;

import java.util.Set;

/**
 * {@code name-empty} and {@code p-empty}: a name or a paragraph with nothing in it, neither
 * text nor a child element, is almost always a slip. TEI allows it, so this is a warning.
 */
final class EmptyContentCheck implements Check {
    static final Set<String> NAMES = Set.of("persName", "placeName", "orgName", "name", "geogName",
            "roleName", "forename", "surname", "addName", "settlement", "country", "region");

    @Override
    public void end(ElementPath.Frame element, FindingSink out) {
        if (!element.isTei() || !element.isEmpty()) return;
        if (element.local.equals("p")) {
            out.warning("p-empty", "this paragraph <p> is empty: give it its text or remove it", element);
        } else if (NAMES.contains(element.local)) {
            out.warning("name-empty", "this name <" + element.local + "> is empty: a name needs the words it names", element);
        }
    }
}
