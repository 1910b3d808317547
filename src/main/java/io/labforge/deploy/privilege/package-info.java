/**
 * Least privilege, checked before anything changes: the privileges a plan (deploy, destroy, start or
 * stop) needs on which ACL paths, compared with the token's effective permissions, and one refusal
 * naming what is missing and the {@code pveum} commands that grant it.
 */
package io.labforge.deploy.privilege;
