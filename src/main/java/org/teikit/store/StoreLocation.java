package org.teikit.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the per-user schema store lives when {@code --store} does not say: {@code $TEIKIT_HOME},
 * else the platform's place for application data ({@code $XDG_DATA_HOME/teikit}, by default
 * {@code ~/.local/share/teikit}; {@code ~/Library/Application Support/teikit} on macOS;
 * {@code %LOCALAPPDATA%\teikit} on Windows).
 */
public final class StoreLocation {
    public static final String ENV = "TEIKIT_HOME";

    private StoreLocation() { }

    public static Path standard() {
        return of(System::getenv, System.getProperty("os.name", ""), System.getProperty("user.home", ""));
    }

    /**
     * @param env      the environment
     * @param os       {@code os.name}
     * @param userHome {@code user.home}, used only when {@code $HOME} is unset: Java reads the
     *                 password database, but a user who sets {@code HOME} means that home
     */
    static Path of(Function<String, String> env, String os, String userHome) {
        String own = env.apply(ENV);
        if (present(own)) return Path.of(own).toAbsolutePath();
        String home = present(env.apply("HOME")) ? env.apply("HOME") : userHome;
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            String local = env.apply("LOCALAPPDATA");
            return (present(local) ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("teikit").toAbsolutePath();
        }
        if (name.startsWith("mac")) return Path.of(home, "Library", "Application Support", "teikit").toAbsolutePath();
        String xdg = env.apply("XDG_DATA_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        if (present(xdg) && Path.of(xdg).isAbsolute()) return Path.of(xdg, "teikit");
        return Path.of(home, ".local", "share", "teikit").toAbsolutePath();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
