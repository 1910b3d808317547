/** The command line (picocli): one class per subcommand, named after the feature ({@code validate} ↔ {@code ValidateCommand}). */
package io.labforge.cli;
