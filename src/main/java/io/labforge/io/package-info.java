/**
 * Lab files and the exports that need no GUI toolkit. {@link io.labforge.io.LabFiles} reads and writes
 * the YAML (or JSON) lab file described in docs/lab-file.md; every read error is a one-line
 * {@link io.labforge.io.LabFileException} with {@code file:line:column}, and {@link io.labforge.io.LabSource}
 * tells where each element was written. The file is bound to package-private records (see
 * docs/decisions/io-01-file-dtos.md); older schema versions go through {@link io.labforge.io.Migrations}.
 * Exports live in {@code io.labforge.io.export}, registered in {@code Exporters.builtin()}.
 */
package io.labforge.io;
