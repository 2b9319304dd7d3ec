package org.teikit.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of mark has its nesting rank and its layer; the visitor makes a new kind name both. */
class MarkKindsTest {

    private static final Map<Mark, String> RANK_AND_LAYER = new LinkedHashMap<>();

    static {
        RANK_AND_LAYER.put(new Mark.Supplied(), "0 EDITORIAL");
        RANK_AND_LAYER.put(new Mark.EditorialNote("comment"), "0 EDITORIAL");
        RANK_AND_LAYER.put(new Mark.Gap("illegible"), "0 EDITORIAL");
        RANK_AND_LAYER.put(new Mark.Mention(EntityType.PERSON, "pers-vogel"), "1 PERSONS");
        RANK_AND_LAYER.put(new Mark.Mention(EntityType.PLACE, "place-halle"), "1 PLACES");
        RANK_AND_LAYER.put(new Mark.Mention(EntityType.ORG, "org-kombinat"), "1 ORGS");
        RANK_AND_LAYER.put(new Mark.Role(), "2 PERSONS");
        RANK_AND_LAYER.put(new Mark.Date(DateValue.when("1976-03")), "2 DATES");
        RANK_AND_LAYER.put(new Mark.Measure("40", "t"), "2 MEASURES");
        RANK_AND_LAYER.put(new Mark.Abbreviation("Volkseigener Betrieb"), "3 EDITORIAL");
        RANK_AND_LAYER.put(new Mark.Sic("Il"), "4 EDITORIAL");
        RANK_AND_LAYER.put(new Mark.FootnoteAnchor("2"), "5 FOOTNOTE_LINKS");
    }

    @Test
    void eachKindHasItsRankAndLayer() {
        RANK_AND_LAYER.forEach((mark, expected) ->
                assertEquals(expected, mark.nestingRank() + " " + Layer.of(mark).name(), mark.toString()));
    }
}
