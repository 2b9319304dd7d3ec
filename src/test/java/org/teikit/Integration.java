package org.teikit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks an integration test: one that runs the command line (in-process or as a jar), starts a
 * JVM or another process, reads {@code ../shared}, drives a browser, listens on the network or
 * writes a whole site. Everything else is a unit test: teikit's own classes on small invented
 * inputs, in memory or in a temporary folder.
 *
 * <p>{@code ./mvnw verify} runs both layers. One alone:
 * {@code ./mvnw test -DexcludedGroups=integration} (unit tests),
 * {@code ./mvnw test -Dgroups=integration} (integration tests).
 * On a class it marks every test of the class; on a method, that test only (for a class whose
 * other tests are unit tests). {@code TestLayersTest} checks that no test doing such things is
 * left unmarked.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Integration.TAG)
public @interface Integration {
    String TAG = "integration";
}
