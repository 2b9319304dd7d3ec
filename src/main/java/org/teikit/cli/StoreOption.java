package org.teikit.cli;

import java.nio.file.Path;
import org.teikit.store.SchemaStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the schema store to use instead of the user's ({@code $TEIKIT_HOME}, ~/.local/share/teikit…). */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "schema store folder (default: $TEIKIT_HOME, else $XDG_DATA_HOME/teikit or ~/.local/share/teikit)")
    Path store;

    SchemaStore open() {
        return store == null ? SchemaStore.standard() : SchemaStore.at(store);
    }
}
