/** Validation: the lab as a JGraphT graph, the rule classes, problems and report writers. */
package io.labforge.validate;
