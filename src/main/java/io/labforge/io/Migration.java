package io.labforge.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites a lab file of schema version {@link #from()} into version {@code from() + 1}, on the
 * file's tree before it is bound. Registered in {@link Migrations}; the chain runs on load so that
 * old files keep opening, and the next save writes the current version.
 */
public interface Migration {

    int from();

    /** The migrated tree, with {@code schemaVersion} set to {@code from() + 1}. */
    ObjectNode apply(ObjectNode lab);
}
