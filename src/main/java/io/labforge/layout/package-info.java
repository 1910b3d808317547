/** Auto-layout on plain coordinates. */
package io.labforge.layout;
