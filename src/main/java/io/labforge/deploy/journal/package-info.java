/**
 * The deploy journal: one JSON line per event, fsynced, written before and after every step, so a
 * deploy killed at any point can be resumed without duplicates. Holds VMIDs, nodes and the
 * applied settings, never a secret.
 */
package io.labforge.deploy.journal;
