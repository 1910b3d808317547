package io.labforge.model;

/** First and last address of a DHCP pool, both inclusive. */
public record DhcpRange(String start, String end) {
}
