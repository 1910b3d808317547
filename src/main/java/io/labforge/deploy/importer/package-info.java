/** Turns what a cluster has (guests, bridges) into a new lab: {@code labforge import}. */
package io.labforge.deploy.importer;
