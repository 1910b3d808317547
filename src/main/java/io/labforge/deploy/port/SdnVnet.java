package io.labforge.deploy.port;

/**
 * An SDN vnet; guests attach to it as to a bridge of the same name.
 *
 * @param id      2-8 letters and digits
 * @param zone    its zone
 * @param tag     VLAN id (vlan zone) or VNI (vxlan zone), {@code null} in a simple zone
 * @param alias   free text; Labforge writes its marker there
 * @param applied whether the running configuration has it as it is now (not only staged)
 */
public record SdnVnet(String id, String zone, Integer tag, String alias, boolean applied) {
}
