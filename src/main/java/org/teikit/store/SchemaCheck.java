package org.teikit.store;

import java.nio.file.Path;

/**
 * Whether a schema about to enter the store compiles (with what it includes, looked up through
 * {@code store}); throws a {@link org.teikit.InputException} saying why not. Given by the caller,
 * since compiling is the validator's job and the store sits below it.
 */
@FunctionalInterface
public interface SchemaCheck {
    void check(Path schema, SchemaStore store);
}
