package org.teikit.render;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project's changes to teikit's stylesheets, as the TEI Stylesheets allow them: its own
 * stylesheet, which imports teikit's {@code html.xsl} or {@code text.xsl} (as
 * {@code teikit:html.xsl}) and overrides any template or parameter, and values for stylesheet
 * parameters. The hooks meant for overriding are listed at the top of {@code xslt/html-param.xsl}
 * and {@code xslt/text-param.xsl}.
 *
 * <pre>{@code
 * Renderer mine = Renderer.get().customized(Customization.NONE
 *         .withStylesheet(Path.of("project.xsl"))
 *         .withParam("footer-text", "Edited by the Example Project."));
 * String page = mine.render(mine.read(Path.of("letter.xml")), RenderOptions.html());
 * }</pre>
 *
 * @param stylesheet the project's stylesheet, or null for teikit's own
 * @param params     values for stylesheet parameters by name ({@code footer-text}, or
 *                   {@code Q{uri}local} for a parameter in a namespace), in the order given
 */
public record Customization(@Nullable Path stylesheet, Map<String, String> params) {
    /** teikit's stylesheets as they are. */
    public static final Customization NONE = new Customization(null, Map.of());

    public Customization {
        if (params == null) throw new IllegalArgumentException("params are required (Map.of() for none)");
        params.forEach((name, value) -> {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("a stylesheet parameter needs a name and a value, not " + name + "=" + value);
            }
        });
        // Kept in the order given, so that errors name the first bad one the user wrote.
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public Customization withStylesheet(@Nullable Path file) {
        return new Customization(file, params);
    }

    /** The same, with one more parameter value (replacing one of that name). */
    public Customization withParam(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return new Customization(stylesheet, more);
    }

    /** Whether this leaves teikit's stylesheets as they are. */
    public boolean isNone() {
        return stylesheet == null && params.isEmpty();
    }
}
