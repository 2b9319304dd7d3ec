package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.teikit.InputException;
import org.teikit.TeikitException;
import org.teikit.store.SchemaFetcher;
import org.teikit.store.SchemaStore;
import org.teikit.store.StoredSchema;
import org.teikit.store.TeiReleases;
import org.teikit.validate.Catalogs;
import org.teikit.validate.SchemaCompiler;
import org.teikit.validate.SchemaLanguage;
import org.teikit.validate.SchemaLocator;
import org.teikit.validate.SchemaSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit schemas}: the local store of schemas that {@code validate} finds by the URLs documents declare. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = {"Keep the schemas your TEI declares in a local store, under the URLs the documents name them by, "
                + "so that teikit validate checks them offline.",
            "Only 'fetch' uses the network, and only when you run it."},
        subcommands = {SchemasCommand.Add.class, SchemasCommand.ListSchemas.class, SchemasCommand.Remove.class, SchemasCommand.Fetch.class})
public final class SchemasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Compiles the staged schema, its includes found through the store: what "does it compile?" means here. */
    static void compiles(Path schema, SchemaStore store) {
        SchemaCompiler compiler = new SchemaCompiler(new SchemaLocator(Catalogs.none(), store));
        SchemaLanguage language = schema.toString().toLowerCase(Locale.ROOT).endsWith(".rnc") ? SchemaLanguage.RELAX_NG_COMPACT : SchemaLanguage.RELAX_NG;
        compiler.compile(new SchemaSource(schema.toUri(), language, schema.getFileName().toString()));
    }

    static String describe(StoredSchema s) {
        return s.url() + " (" + s.kind() + (s.version().isEmpty() ? "" : ", TEI P5 " + s.version()) + ", "
                + String.format(Locale.ROOT, "%,d", s.size()) + " bytes) sha256 " + s.sha256();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Copy a RELAX NG schema (.rng or .rnc, with the files it includes) into the store.",
                "A TEI P5 schema (tei_all, tei_lite…) is recognised from its content and stored under the TEI's release URL; "
                        + "any other needs --as, the URL documents declare it by."})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the schema (.rng or .rnc)")
        Path file;

        @Option(names = "--as", paramLabel = "URL", description = "the URL documents name it by in <?xml-model href?>")
        String url;

        @CommandLine.Mixin
        StoreOption store = new StoreOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SchemaStore s = store.open();
            StoredSchema added = s.add(file, file.toString(), url, SchemasCommand::compiles);
            spec.commandLine().getOut().println("added " + describe(added));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The stored schemas: URL, kind, TEI version, size, SHA-256, when added.")
    static final class ListSchemas implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOption store = new StoreOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            SchemaStore s = store.open();
            List<StoredSchema> all = s.list();
            if (all.isEmpty()) {
                out.println("no schemas in " + s.root() + "; add tei_all with: teikit schemas fetch tei-all (or teikit schemas add tei_all.rng)");
                return 0;
            }
            out.println("URL\tkind\tversion\tbytes\tsha256\tadded");
            for (StoredSchema e : all) {
                out.println(String.join("\t", e.url(), e.kind(), e.version().isEmpty() ? "-" : e.version(),
                        Long.toString(e.size()), e.sha256(), e.added().toString()));
            }
            out.println(all.size() + (all.size() == 1 ? " schema" : " schemas") + " in " + s.root());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a schema (and the included files no other uses) out of the store.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "URL", description = "the URL it is stored under (tei-all for the TEI's tei_all)")
        String url;

        @CommandLine.Mixin
        StoreOption store = new StoreOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            StoredSchema gone = store.open().remove(url);
            spec.commandLine().getOut().println("removed " + gone.url());
            return 0;
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Download a schema over HTTPS into the store (the only teikit command that uses the network).",
                "tei-all means the TEI's current tei_all.rng (" + TeiReleases.TEI_ALL + ").",
                "The download must be RELAX NG that compiles; it is stored whole or not at all."})
    static final class Fetch implements Callable<Integer> {
        @Parameters(paramLabel = "URL|tei-all", description = "the https:// URL documents declare, or tei-all")
        String url;

        @Option(names = "--max-size", paramLabel = "BYTES", description = "refuse downloads larger than this (default: 64 MB)")
        long maxSize = SchemaFetcher.DEFAULT_MAX_BYTES;

        @CommandLine.Mixin
        StoreOption store = new StoreOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (maxSize < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be at least 1");
            String target = TeiReleases.expand(url);
            java.net.URI uri = java.net.URI.create(target);
            SchemaStore s = store.open();
            SchemaFetcher.Download d = new SchemaFetcher(maxSize).fetch(uri, s.root());
            try {
                String name = nameOf(d.from().getPath());
                StoredSchema stored = s.add(d.file(), name, target, SchemasCommand::compiles);
                spec.commandLine().getOut().println("stored " + describe(stored));
                return 0;
            } catch (TeikitException e) {
                throw new InputException(target, e.getMessage() + " (downloaded from " + d.from() + "); nothing was stored", e.hint());
            } finally {
                Files.deleteIfExists(d.file());
            }
        }

        /** The downloaded file's name for the syntax check: its URL's last segment, .rng unless that says .rnc. */
        private static String nameOf(String path) {
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return last.toLowerCase(Locale.ROOT).endsWith(".rnc") || last.toLowerCase(Locale.ROOT).endsWith(".rng") ? last : last + ".rng";
        }
    }
}
