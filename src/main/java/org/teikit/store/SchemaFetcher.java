package org.teikit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.teikit.InputException;
import org.teikit.Version;

/**
 * Downloads one schema, only when the user asks ({@code teikit schemas fetch}): HTTPS only
 * (plain HTTP only to this machine's loopback address, where nothing crosses a network), a few
 * redirects that stay on HTTPS, a size cap, and the download complete or nothing — it goes to
 * a temporary file that {@link SchemaStore#add} checks and moves in.
 */
public final class SchemaFetcher {
    /** tei_all.rng is about 1.1 MB; 64 MB leaves room for any real schema and stops a runaway download. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final long maxBytes;

    public SchemaFetcher(long maxBytes) {
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** What was downloaded: the temporary file, and the URL it finally came from. */
    public record Download(Path file, URI from) { }

    /** Downloads {@code url} into a new temporary file in {@code dir}; the caller deletes it. */
    public Download fetch(URI url, Path dir) {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            allowed(current, url);
            HttpResponse<InputStream> response = send(current, url);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                close(response);
                if (location == null) throw failed(url, "the server answered " + status + " without saying where to", null);
                current = current.resolve(location.strip());
                continue;
            }
            if (status != 200) {
                close(response);
                throw failed(url, "the server answered " + status + (status == 404 ? " (not found)" : ""),
                        status == 404 ? "check the URL" : "try again later, or download the file yourself and use: teikit schemas add FILE --as " + url);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(response);
                throw tooBig(url);
            }
            return new Download(save(response, url, dir), current);
        }
        throw failed(url, "more than " + MAX_REDIRECTS + " redirects", null);
    }

    private HttpResponse<InputStream> send(URI current, URI asked) {
        HttpRequest request = HttpRequest.newBuilder(current).timeout(Duration.ofMinutes(2))
                .header("User-Agent", "teikit/" + Version.get()).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failed(asked, "the download failed: " + describe(e), "check the network connection and the URL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(asked, "the download was interrupted", null);
        }
    }

    private Path save(HttpResponse<InputStream> response, URI url, Path dir) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".fetch-", ".part");
            long total = 0;
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > maxBytes) throw tooBig(url);
                    out.write(buf, 0, n);
                }
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared >= 0 && declared != total) {
                throw failed(url, "the connection ended after " + total + " of " + declared + " bytes", "try again");
            }
            return tmp;
        } catch (IOException e) {
            delete(tmp);
            throw failed(url, "the download broke off: " + describe(e), "try again; nothing was stored");
        } catch (RuntimeException e) {
            delete(tmp);
            throw e;
        }
    }

    /** HTTPS, or HTTP to the loopback interface (a local mirror, the tests' server). */
    static void allowed(URI uri, URI asked) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) return;
        if (scheme.equals("http") && isLoopback(uri.getHost())) return;
        throw failed(asked, (uri.equals(asked) ? "" : "it redirects to " + uri + ", but ") + "teikit downloads schemas over HTTPS only",
                "give an https:// URL");
    }

    private static boolean isLoopback(String host) {
        if (host == null) return false;
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) return true;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) return false;   // a literal address only: no name lookup
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private InputException tooBig(URI url) {
        return failed(url, "the download is larger than " + maxBytes + " bytes, more than any schema should be",
                "check the URL, or raise the cap with --max-size");
    }

    private static InputException failed(URI url, String what, String hint) {
        return new InputException(url.toString(), what, hint);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // Closing a response we are abandoning; nothing to do.
        }
    }

    private static void delete(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A stray temporary file named .fetch-*.part is harmless and never read.
        }
    }
}
