package org.teikit.api;

/** The short embassy note the API tests encode (from Java, and through the commands for the same bytes). */
public final class ApiLetter {
    public static final String TEXT = """
            Embassy of Ruritania
            Strelsau, 3 May 1961

            Note

            Comrade Rassendyll informed the Embassy about the harvest.

            [Signed] Sapt Attache
            """;

    private ApiLetter() { }
}
