package org.teikit.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teikit.render.Customization;
import picocli.CommandLine.Option;

/** {@code --customization FILE.xsl} and {@code --xslt-param NAME=VALUE}: a project's changes to teikit's stylesheets. */
final class StylesheetOptions {
    @Option(names = {"--customization", "--customisation"}, paramLabel = "FILE.xsl",
            description = "Your own stylesheet, used in place of teikit's: it imports teikit:html.xsl (or teikit:text.xsl) "
                    + "and overrides the templates and parameters it needs, which take precedence.")
    @Nullable Path stylesheet;

    @Option(names = "--xslt-param", paramLabel = "NAME=VALUE",
            description = "Give the stylesheet parameter NAME this value (repeatable), e.g. footer-text=\"Edited by us\". "
                    + "The ones to set are listed at the top of xslt/html-param.xsl and xslt/text-param.xsl, or declared by --customization.")
    Map<String, String> params = new LinkedHashMap<>();

    Customization customization() {
        return new Customization(stylesheet, params);
    }
}
