package org.teikit.tei;

import java.util.List;
import nu.xom.Element;
import org.jspecify.annotations.Nullable;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.Register;
import org.teikit.annotate.RegisterEntry;

/** The document's register as {@code standOff}: listPerson, listPlace, listOrg. */
final class StandOffBuilder {
    private StandOffBuilder() { }

    /** The standOff element, or null when the register is empty (TEI wants no empty lists). */
    static @Nullable Element build(Register register) {
        if (register.entries().isEmpty()) return null;
        Element standOff = Tei.el("standOff");
        list(standOff, "listPerson", register.of(EntityType.PERSON));
        list(standOff, "listPlace", register.of(EntityType.PLACE));
        list(standOff, "listOrg", register.of(EntityType.ORG));
        return standOff;
    }

    private static void list(Element standOff, String listName, List<RegisterEntry> entries) {
        if (entries.isEmpty()) return;
        Element list = Tei.add(standOff, listName);
        for (RegisterEntry e : entries) list.appendChild(entry(e));
    }

    private static Element entry(RegisterEntry e) {
        String nameElement = switch (e.type()) {
            case PERSON -> "persName";
            case PLACE -> "placeName";
            case ORG -> "orgName";
        };
        String entryElement = switch (e.type()) {
            case PERSON -> "person";
            case PLACE -> "place";
            case ORG -> "org";
        };
        Element entry = Tei.xmlId(Tei.el(entryElement), e.id().value());
        Tei.attr(entry, "type", e.subtype());
        if (e.fromAuthority()) Tei.attr(entry, "source", "authority");
        Element name = Tei.add(entry, nameElement);
        if (e.type() == EntityType.PERSON && e.surname() != null && e.forename() == null) {
            Tei.add(name, "surname", e.surname());
        } else if (e.type() == EntityType.PERSON && e.surname() != null) {
            // Name parts in the order the name is written: "Kim Il Sung", "Kádár János" put the family name first.
            boolean familyFirst = e.name().startsWith(e.surname() + " ") && e.name().indexOf(e.forename()) > 0;
            Tei.add(name, familyFirst ? "surname" : "forename", familyFirst ? e.surname() : e.forename());
            name.appendChild(" ");
            Tei.add(name, familyFirst ? "forename" : "surname", familyFirst ? e.forename() : e.surname());
        } else {
            name.appendChild(e.name());
        }
        for (String variant : e.variants()) {
            Tei.attr(Tei.add(entry, nameElement, variant), "type", "variant");
        }
        if (e.type() == EntityType.PERSON) {
            for (String role : e.roles()) Tei.add(entry, "occupation", role);
        }
        if (e.uri() != null) Tei.attr(Tei.add(entry, "idno", e.uri()), "type", "URI");
        return entry;
    }
}
