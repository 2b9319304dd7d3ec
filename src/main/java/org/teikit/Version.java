package org.teikit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** teikit's own version, as Maven stamped it into the jar. */
public final class Version {
    private static final String VERSION = load();

    private Version() { }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/org/teikit/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
