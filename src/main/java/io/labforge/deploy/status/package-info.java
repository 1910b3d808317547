/**
 * What of a lab is deployed right now: power state, addresses, missing guests and drift, read from the
 * cluster through the engine's plan. Shown by {@code labforge status} and by the window's live badges.
 */
package io.labforge.deploy.status;
