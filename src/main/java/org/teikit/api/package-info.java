/**
 * teikit's front door for Java: {@link org.teikit.api.Encoder} (text to TEI, self-checked),
 * {@link org.teikit.api.Validator} (any TEI, findings as values), {@link org.teikit.api.Renderer}
 * (HTML reading edition and text view) and {@link org.teikit.api.Site} (the whole pipeline into a
 * site). Each starts from {@code standard()} (or {@code html()}/{@code text()}) and takes options
 * through immutable {@code with…} methods; each is thread-safe. The command line is a thin layer
 * over these classes, so they give the very bytes the commands write.
 *
 * <pre>{@code
 * Encoded tei = Encoder.standard().encode(Path.of("letter.txt"));
 * Report report = Validator.standard().withSchema("teikit").validate(tei.xml(), "letter.xml");
 * String page = Renderer.html().render(tei.xml(), "letter.xml");
 * }</pre>
 *
 * <p>Layer: above {@code pipeline}, below {@code cli}; may use every package below it.
 */
@org.jspecify.annotations.NullMarked
package org.teikit.api;
