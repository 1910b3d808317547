/** Undoable edits of a lab: commands and the command stack. Uses model and kind only. */
package io.labforge.edit;
