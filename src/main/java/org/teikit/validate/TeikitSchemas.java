package org.teikit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Optional;
import org.teikit.tei.SchemaDeclaration;

/** teikit's own schema URLs (what {@code encode} declares) as the copies inside the jar: always offline. */
final class TeikitSchemas {
    private TeikitSchemas() { }

    static Optional<URI> locate(String url) {
        if (!url.startsWith(SchemaDeclaration.BASE_URL)) return Optional.empty();
        String name = url.substring(SchemaDeclaration.BASE_URL.length());
        if (!name.matches("[a-z]+\\.(rng|sch)")) return Optional.empty();
        URL resource = TeikitSchemas.class.getResource("/org/teikit/schema/" + name);
        if (resource == null) return Optional.empty();
        try {
            return Optional.of(resource.toURI());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
