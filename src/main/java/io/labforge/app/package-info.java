/** Wiring: builds the services the command line and the window share. */
package io.labforge.app;
