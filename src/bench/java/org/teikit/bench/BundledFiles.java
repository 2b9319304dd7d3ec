package org.teikit.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Copies one of teikit's resource folders (its stylesheets, its schema) out of the jar, so that a
 * stock tool's command line can be given them as files.
 */
final class BundledFiles {
    private BundledFiles() { }

    /**
     * Copies every file beside {@code /org/teikit/FOLDER/ANCHOR} into {@code target} and returns
     * the path of the anchor there.
     */
    static Path copy(String folder, String anchor, Path target) throws IOException {
        URL url = BundledFiles.class.getResource("/org/teikit/" + folder + "/" + anchor);
        if (url == null) throw new IOException("teikit's " + folder + "/" + anchor + " is missing from the class path");
        Files.createDirectories(target);
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    copyFolder(jar.provider().getPath(url.toURI()).getParent(), target);
                } catch (FileSystemAlreadyExistsException e) {
                    // Someone in this JVM has the jar open already: use theirs and leave it open.
                    copyFolder(Path.of(url.toURI()).getParent(), target);
                }
            } else {
                copyFolder(Path.of(url.toURI()).getParent(), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read " + url, e);
        }
        return target.resolve(anchor);
    }

    private static void copyFolder(Path folder, Path target) throws IOException {
        List<Path> files;
        try (var s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) Files.copy(f, target.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
