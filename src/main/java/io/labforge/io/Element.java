package io.labforge.io;

/** A mapping of the lab file whose start location is recorded while reading (see {@link ElementLocations}). */
interface Element {
}
