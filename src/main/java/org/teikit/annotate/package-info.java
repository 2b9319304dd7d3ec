/**
 * The recognisers over a record's texts (dates, measures, editorial marks, persons, places,
 * organisations) as spans, made to nest, and the register they point at.
 *
 * <p>Layer: above {@code source}; may use its sub-packages, {@code source} and what lies below it.
 *
 * <h2>Adding a recogniser</h2>
 * A new kind of annotation runs from a recogniser here to the TEI, the schema that checks it and
 * the stylesheets that show it. Each place below is one an existing kind already passes through;
 * follow {@code measure} (a mark with attributes) or, for a kind of name with a register,
 * {@code orgName}.
 * <ol>
 *   <li><b>The mark</b> — a record in the sealed {@link org.teikit.annotate.Mark}, and its place in
 *       {@code Mark.nestingRank()} (what goes outside when two marks cover the same stretch).</li>
 *   <li><b>The layer</b> — a constant of {@link org.teikit.annotate.Layer} and a line of
 *       {@code Layer.of(Mark)}: the encoder leaves out a layer whose guesses break the schema.</li>
 *   <li><b>The recogniser</b> — a class implementing {@link org.teikit.annotate.Recogniser} in a
 *       sub-package of its own ({@code annotate.measure.MeasureRecogniser}); its patterns and words
 *       are data under {@code src/main/resources/org/teikit/annotate/KIND/}, read through
 *       {@link org.teikit.annotate.DataFile} ({@code measure-words.tsv}; the dates'
 *       {@code date-patterns.tsv} is the model of rules kept as data). Register it in
 *       {@link org.teikit.annotate.DocumentAnnotator}'s list of recognisers run on every text.</li>
 *   <li><b>Where it meets another kind</b> — {@link org.teikit.annotate.SpanResolver}, if its spans
 *       compete with another kind's (a measure wins over the date inside it: "1,500 tons in 1976").</li>
 *   <li><b>A kind of name</b> (persons, places, organisations) instead goes through
 *       {@link org.teikit.annotate.EntityType} (its id prefix), {@code annotate.entity} (the rules:
 *       {@code PersonRules.ORDER}, {@code OrgGrammar}, {@code PlaceRules}, and the passes of
 *       {@code EntityRecogniser.PASSES}, with their word lists in the entity data files that
 *       {@code Lexicon} loads) and the register.</li>
 *   <li><b>TEI</b> — {@code tei.InlineWriter} (the element and its attributes for the mark; a name's
 *       element in its {@code EntityType} switch), {@code tei.StandOffBuilder} for a register's list
 *       and entries, and the sentence of {@code tei.HeaderBuilder}'s {@code editorialDecl} that says
 *       what the machine tagged.</li>
 *   <li><b>Warnings</b> — {@code pipeline.Fault.kind(Mark)}: the words a warning uses when a guess of
 *       this kind is left out.</li>
 *   <li><b>Schema</b> — {@code schema/teikit.rng}: a {@code define} for the element and a
 *       {@code ref} to it in {@code inline.phrase} (the subset must stay valid against
 *       {@code tei_all.rng}); {@code schema/teikit.sch} for a rule on it (as
 *       {@code teikit-orgName-points-at-org}); {@code validate.EmptyContentCheck.NAMES} for a kind
 *       of name that must not be empty.</li>
 *   <li><b>Stylesheets</b> — {@code xslt/html-text.xsl}: a template in mode {@code tk:html}
 *       ({@code tei:measure[@quantity or @unit]}) and its class in {@code xslt/edition.css}; for a
 *       kind of name, {@code tk:name-elements} and the kinds map in {@code xslt/common.xsl}, and the
 *       registers' map and order in {@code xslt/register.xsl}.</li>
 *   <li><b>Scoring</b> — the encoding scorer kept beside the answer keys, outside the project,
 *       knows only its own kinds (persons, dates, names, editorial, header); a kind it does not
 *       know is not measured until it is taught it.</li>
 *   <li><b>Tests</b> — the recogniser's own ({@code annotate/measure/MeasureRecogniserTest}), the
 *       nesting ({@code SpanResolverTest}), the examples ({@code ExampleRecognitionTest}), the TEI
 *       written and valid against teikit's schema and {@code tei_all} ({@code tei/TeiEncoderTest}
 *       with {@code TeiAllGrammar}), and a rendering test of the new template (the render tests
 *       have none for {@code measure} yet).</li>
 * </ol>
 */
@org.jspecify.annotations.NullMarked
package org.teikit.annotate;
