/** Lab files (YAML, JSON), schema migrations, and the exports that need no GUI toolkit. */
package io.labforge.io;
