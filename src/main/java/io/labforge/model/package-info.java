/**
 * The lab as immutable records: {@link io.labforge.model.Lab}, its networks, nodes, NICs and layout.
 * JDK only. Optional values are {@code null} when the lab file leaves them out, so that a lab saves
 * back exactly as it was read; {@link io.labforge.kind} resolves the defaults.
 */
package io.labforge.model;
