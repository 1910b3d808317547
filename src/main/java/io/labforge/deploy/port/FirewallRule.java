package io.labforge.deploy.port;

/**
 * One guest firewall rule. The adapter always sends {@code enable=1} (rules created through the API
 * are disabled otherwise) and keeps the list order.
 *
 * @param direction {@code in} or {@code out}
 * @param action    {@code ACCEPT}, {@code DROP} or {@code REJECT}
 * @param proto     {@code tcp}, {@code udp}, {@code icmp}, {@code null}: any
 * @param dport     destination port(s), {@code null}: any
 * @param source    source CIDR, {@code null}: any
 * @param iface     guest NIC, e.g. {@code net0}; {@code null}: all
 * @param comment   why the rule exists
 */
public record FirewallRule(String direction, String action, String proto, String dport, String source,
                           String iface, String comment) {
}
