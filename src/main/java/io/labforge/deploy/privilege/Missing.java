package io.labforge.deploy.privilege;

/**
 * A privilege the token lacks.
 *
 * @param privilege the privilege
 * @param path      where it was needed (the first accepted path)
 * @param grantOn   where granting it helps
 * @param why       what it is for
 */
public record Missing(String privilege, String path, String grantOn, String why) {
}
