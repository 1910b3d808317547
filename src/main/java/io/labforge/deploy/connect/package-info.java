/**
 * Where a deploy connects to: named profiles in a per-user file (no secrets), token secrets in a
 * 0600 credentials file or the environment, resolved the same way for the command line and the window.
 */
package io.labforge.deploy.connect;
