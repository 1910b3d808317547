package io.labforge.model;

/** Where an element sits on the canvas, in canvas units (pixels at 100 % zoom). */
public record Position(double x, double y) {
}
