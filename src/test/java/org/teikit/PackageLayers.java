package org.teikit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * teikit's packages in layers, and a scan of Java sources for a package that uses one above it
 * (or a neighbour on its own layer). Uses are what the compiler sees: imports and fully qualified
 * names in code; comments and string literals are left out.
 */
final class PackageLayers {
    /**
     * Lowest first. A package may use its own layer's package and any layer below; packages named
     * on one line stand side by side and may not use each other. A name stands for the package
     * under {@code org.teikit} and its sub-packages ({@code annotate} is also {@code annotate.date}…);
     * {@code ""} is {@code org.teikit} itself, alone.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of(""),                      // TeikitException, Version
            List.of("io"),                    // files in and out, safe XML readers
            List.of("batch"),                 // work over many files: order, threads, progress
            List.of("source"),                // bytes to an ArchiveRecord
            List.of("annotate"),              // recognisers: spans over the record's texts
            List.of("tei"),                   // record and spans to TEI
            List.of("store"),                 // the local schema store
            List.of("validate", "render"),    // TEI checked; TEI to HTML and text
            List.of("pipeline"),              // the stages chained: encode and check, build a site
            List.of("api"),                   // the front door for Java users
            List.of("cli"),                   // the command line
            List.of("bench"));                // the benchmark harness, outside the product jar

    private static final String ROOT = "org.teikit";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    /** A teikit class, or a whole package with {@code .*}, written out in full. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.teikit((?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]\\w*|\\*)");
    /** Comments, text blocks, strings and characters, leftmost first, so that a quote in a comment (or "//" in a string) is no trouble. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "//[^\\n]*|/\\*[\\s\\S]*?\\*/|\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'");

    private PackageLayers() { }

    /**
     * Every backward use in the {@code .java} files under {@code roots}, in file order, as
     * {@code FILE:LINE: PACKAGE uses CLASS, which is not below it}; a package with no layer is one too.
     */
    static List<String> violations(Path... roots) {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : javaFiles(root)) found.addAll(violations(file));
        }
        return found;
    }

    /** The index of the layer {@code pkg} sits on, or -1. */
    static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String unit : LAYERS.get(i)) {
                if (unitOf(pkg, unit)) return i;
            }
        }
        return -1;
    }

    private static List<String> violations(Path file) {
        String source = read(file);
        Matcher p = PACKAGE.matcher(source);
        if (!p.find()) return List.of(file + ": no package declaration");
        String from = p.group(1);
        if (!from.equals(ROOT) && !from.startsWith(ROOT + ".")) return List.of();
        if (layer(from) < 0) return List.of(file + ": package " + from + " has no layer: add it to PackageLayers.LAYERS");
        String code = blankOut(source);
        List<String> found = new ArrayList<>();
        Matcher ref = REFERENCE.matcher(code);
        while (ref.find()) {
            String used = ROOT + ref.group(1);
            if (!allowed(from, used)) {
                found.add(file + ":" + lineOf(code, ref.start()) + ": " + from + " uses " + ref.group() + ", which is not below it");
            }
        }
        return found;
    }

    /** Whether {@code from} may use {@code used}: the same unit, or a lower layer. */
    static boolean allowed(String from, String used) {
        if (unit(from).equals(unit(used))) return true;
        int to = layer(used);
        return to >= 0 && to < layer(from);
    }

    /** The name on {@link #LAYERS} that {@code pkg} falls under. */
    private static String unit(String pkg) {
        for (List<String> layer : LAYERS) {
            for (String unit : layer) {
                if (unitOf(pkg, unit)) return unit;
            }
        }
        return pkg;
    }

    private static boolean unitOf(String pkg, String unit) {
        if (unit.isEmpty()) return pkg.equals(ROOT);
        String name = ROOT + "." + unit;
        return pkg.equals(name) || pkg.startsWith(name + ".");
    }

    /** The source with comments and literals turned to spaces, line breaks kept, so offsets and lines stay true. */
    private static String blankOut(String source) {
        StringBuilder out = new StringBuilder(source);
        Matcher m = NOT_CODE.matcher(source);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
