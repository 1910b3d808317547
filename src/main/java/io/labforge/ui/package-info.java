/** The JavaFX designer window. The only package that may import JavaFX, ControlsFX, AtlantaFX or Ikonli. */
package io.labforge.ui;
