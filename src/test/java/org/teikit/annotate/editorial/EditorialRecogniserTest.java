package org.teikit.annotate.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.annotate.Mark;
import org.teikit.annotate.RecognitionContext;

class EditorialRecogniserTest {
    private static final EditorialRecogniser EDITORIAL = new EditorialRecogniser();
    private static final RecognitionContext FOOTNOTES = RecognitionContext.none().withFootnoteMarkers(Set.of("1", "*"));

    /** Each item found, as "surface=kind". */
    private static List<String> found(String text) {
        return found(EDITORIAL, text);
    }

    private static List<String> found(EditorialRecogniser r, String text) {
        return r.find(text, FOOTNOTES).stream().map(s -> text.substring(s.start(), s.end()) + "=" + kind(s.mark())).toList();
    }

    private static String kind(Mark m) {
        if (m instanceof Mark.Supplied) return "supplied";
        if (m instanceof Mark.EditorialNote n) return "note:" + n.type();
        if (m instanceof Mark.Gap g) return "gap:" + g.reason();
        if (m instanceof Mark.Sic s) return "sic:" + s.correction();
        if (m instanceof Mark.FootnoteAnchor a) return "anchor:" + a.n();
        return m.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "At the end [of the visit], they left.                | [of the visit]=supplied",
        "He then told [Comrade Novak] the news.               | [Comrade Novak]=supplied",
        "\"[Novak:] We agree,\" he said.                      | [Novak:]=supplied",
        "J[ohn] Smith arrived.                                | [ohn]=supplied",
        "Premier [Zhou] Enlai spoke.                          | [Zhou]=supplied",
        "Chairman Mao [Zedong] spoke.                         | [Zedong]=supplied",
        "the letter from [Polish Deputy Minister] Comrade Wolny | [Polish Deputy Minister]=supplied",
        "The Ambassador [Comrade Kovács] replied.             | [Comrade Kovács]=supplied",
        "[Translated from Czech] The report says              | [Translated from Czech]=note:editorial",
        "Comrade Nowak [male], interpreter                    | [male]=note:editorial",
        "[stamp: Received 4 May 1972]                         | [stamp: Received 4 May 1972]=note:stamp",
        "[handwriting: Seen by the minister]                  | [handwriting: Seen by the minister]=note:handwriting",
        "He said [Translator's note: a pun in Czech] it.      | [Translator's note: a pun in Czech]=note:translator",
        "[Signed] K. Horvat                                   | [Signed]=note:editorial",
        "they sent more [the report does not say how much].   | [the report does not say how much]=note:editorial",
        "the talks [...] ended        | [...]=gap:omitted",
        "the talks […] ended          | […]=gap:omitted",
        "the talks [. . .] ended      | [. . .]=gap:omitted",
        "the [illegible] session      | [illegible]=gap:illegible",
        "met [name not declassified]  | [name not declassified]=gap:withheld",
        "as listed [see Annex 2].     | [see Annex 2]=note:editorial",
        "[The session was closed at noon.] | [The session was closed at noon.]=note:editorial",
        "MR. JONES: [Laughter] Yes.   | [Laughter]=note:editorial",
        // A clause (a finite verb, the editor's "me") is the editor's note; a phrase is supplied.
        "Kim [X repeated this several times] said no.           | [X repeated this several times]=note:editorial",
        "they agreed [the ambassador confirmed this to me privately] | [the ambassador confirmed this to me privately]=note:editorial",
        "the plan [this passage is underlined in the original] failed | [this passage is underlined in the original]=note:editorial",
        "he left [he told me so later] at once                  | [he told me so later]=note:editorial",
        "we spoke [my own summary of the talk] of it            | [my own summary of the talk]=note:editorial",
        "MR. NOBLE: [Looking at the second volume] Yes.         | [Looking at the second volume]=note:editorial",
        "the withdrawal [of the occupied territories] began     | [of the occupied territories]=supplied",
        "the report [of the newly elected committee] came       | [of the newly elected committee]=supplied",
        "the end [of the conversation] came                     | [of the conversation]=supplied",
        "he told [Comrade Basmanov] that                        | [Comrade Basmanov]=supplied",
        "it was [the first] of many                             | [the first]=supplied",
        "the loan [two hundred million] was given               | [two hundred million]=supplied",
        // A remark about the original, however it begins.
        "the unity [emphasis in the original] of all            | [emphasis in the original]=note:editorial",
        "the plan [underlined twice in the original text] was   | [underlined twice in the original text]=note:editorial",
        // A subject and verb that the sentence goes on from are supplied to it, not remarked on.
        "At the rally, [Kim Tu-bong spoke] about the plan.      | [Kim Tu-bong spoke]=supplied",
        "Later [the minister agreed] to the terms.              | [the minister agreed]=supplied",
        // An article opening the sentence is no name that the bracket would identify.
        "The [International Fisheries and Whaling] Commission met | [International Fisheries and Whaling]=supplied",
        // A year, or the century of one, that the editor completed is supplied like any words.
        "the congress opened on 15 September [1956].            | [1956]=supplied",
        "Ulaanbaatar, 30 July [19]64                            | [19]=supplied",
        // The editor's doubt alone, a remark word with its full stop, a superior's decision on the page,
        // a word the copy lost.
        "relations had worsened [?].                            | [?]=note:editorial",
        "Stalin: Good. [Pause.] What about the loan?            | [Pause.]=note:editorial",
        "[Resolution: \"Agreed. W. G.\"]                        | [Resolution: \"Agreed. W. G.\"]=note:handwriting",
        "the agreement of 1958 [word missing] was not fulfilled. | [word missing]=gap:missing",
        "the protocol [two words illegible] remains valid.      | [two words illegible]=gap:illegible",
        "the text [1 line missing] ends here.                   | [1 line missing]=gap:missing",
        "[Document continues]                                   | [Document continues]=note:editorial",
    })
    void tellsSuppliedWordsFromRemarksAndGaps(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @Test
    void aLongBracketEndingInMissingIsTheEditorsRemarkNotAGap() {
        // over several lines, or a sentence: the editor describes the page
        assertEquals(List.of("[Central Committee\n\nDepartment of Foreign Relations\n\nFile, archival signature missing]=note:editorial"),
                found("[Central Committee\n\nDepartment of Foreign Relations\n\nFile, archival signature missing]"));
    }

    @Test
    void sicInRoundBracketsMarksTheSlipAsInSquareOnes() {
        assertEquals(List.of("recieved=sic:received", "(sic)=note:sic"), found("The note was recieved (sic) late."));
        // other round brackets stay text
        assertEquals(List.of(), found("The note (see above) came late."));
    }

    @Test
    void aFigureInRoundBracketsGluedToAWordIsAnAnchorWhereTheFootnoteExists() {
        assertEquals(List.of("(1)=anchor:1"), found("Recorded by Hentzau(1), see item (1) and clause 3(1)."));
        assertEquals(List.of(), found("Recorded by Hentzau(2)."));
    }

    @Test
    void aBracketedFigureThatIsNoYearAndNoKnownMarkerStaysText() {
        // a footnote marker whose note lies beyond the text, a page number: no year, no item
        assertEquals(List.of(), found("as the embassy said [3] and on page [212] of the file."));
    }

    @Test
    void sicMarksTheSlipWhenItsCorrectionIsEvident() {
        assertEquals(List.of("goverment=sic:government", "[sic]=note:sic"), found("the goverment [sic] agreed"));
        assertEquals(List.of("were=sic:was", "[sic]=note:sic"), found("the delegation were [sic] late"));
    }

    @Test
    void sicMarksTheSlipWithoutACorrectionWhereNoneIsEvident() {
        assertEquals(List.of("delegaton=sic:null", "[sic]=note:sic"), found("the delegaton [sic] arrived"));
        assertEquals(List.of("memorandom=sic:null", "[sic]=note:sic"), found("in his memorandom [sic], he wrote"));
        assertEquals(List.of("1867=sic:null", "[sic!]=note:sic"), found("founded in 1867[sic!] by"));
    }

    @Test
    void sicAfterPunctuationMarksNoSlip() {
        assertEquals(List.of("[sic]=note:sic"), found("he said, [sic] that"));
    }


    @Test
    void footnoteMarkersAreAnchorsOnlyWhereTheFootnoteExists() {
        assertEquals(List.of("[1]=anchor:1"), found("met Novak[1] there"));
        assertEquals(List.of("*=anchor:*"), found("the brigades* were"));
        assertEquals(List.of(), found("met Novak[2] there"));
        assertEquals(List.of(), EDITORIAL.find("the brigades* were", RecognitionContext.none()));
    }

    @Test
    void aFootnotesOwnMarkerIsNoAnchor() {
        assertEquals(List.of(), found("[1] Novak was then Minister of Trade."));
        assertEquals(List.of(), found("* Translator's note: brigades."));
    }

    @Test
    void nestedBracketsGiveTwoItems() {
        assertEquals(List.of("[handwritten: inform Comrade [Jan] Novak]=note:handwriting", "[Jan]=supplied"),
                found("[handwritten: inform Comrade [Jan] Novak]"));
        assertEquals(List.of("[Minister of Trade of the CSSR [from 1968]]=note:editorial", "[from 1968]=supplied"),
                found("Comrade Novak [Minister of Trade of the CSSR [from 1968]] said"));
    }

    @Test
    void aLabelledRemarkKeepsItsBracketFromOneOpenedInsideItAndNeverClosed() {
        assertEquals(List.of("[Trade Department=supplied", "[stamp: \"TD [Trade Department\"]=note:stamp"),
                found("Nr 12\n[stamp: \"TD [Trade Department\"]\nREPORT"));
        // Without a label the inner pair stays a pair and the outer bracket stays text.
        assertEquals(List.of("[Trade Department]=supplied"), found("the [words of TD [Trade Department] came"));
    }

    @Test
    void aBracketOverSeveralLinesIsTheEditorsNote() {
        assertEquals(List.of("[Party Central Committee\n\nState Archive, file missing]=note:editorial"),
                found("[Party Central Committee\n\nState Archive, file missing]"));
    }

    @Test
    void anUnbalancedBracketStaysText() {
        assertEquals(List.of(), found("The delegation [led by Comrade Novak will come."));
        assertEquals(List.of("[of the party]=supplied"), found("[Draft The leadership [of the party] met."));
    }

    @Test
    void alternativeNamesAreSuppliedNeverRemarks() {
        assertEquals(List.of("[Ri Jong Ok]=supplied"), found("Comrade Ri Jong-ok [Ri Jong Ok], Premier"));
        assertEquals(List.of("[Ulangom]=supplied"), found("the road to Ulaangom [Ulangom] was built"));
        assertEquals(List.of("[Neo Lao Haksat]=supplied"), found("the Lao Patriotic Front [Neo Lao Haksat] said"));
    }

    @Test
    void theEntitySideCanOverrideTheAlternativeNameJudgement() {
        // By shape an identification after a name is a remark ("Yi [Minister of Trade]"); a judge that knows it for a spelling makes it supplied.
        EditorialRecogniser noVariants = new EditorialRecogniser((text, open, close) -> false);
        EditorialRecogniser allVariants = new EditorialRecogniser((text, open, close) -> true);
        assertEquals(List.of("[Minister of Trade]=note:editorial"), found(noVariants, "Comrade Yi [Minister of Trade] said"));
        assertEquals(List.of("[Minister of Trade]=supplied"), found(allVariants, "Comrade Yi [Minister of Trade] said"));
    }
}
