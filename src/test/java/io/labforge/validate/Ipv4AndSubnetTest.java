package io.labforge.validate;

import io.labforge.model.Ipv4;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Ipv4AndSubnetTest {

    @Test
    void parsesOnlyStrictDottedQuads() {
        assertThat(Ipv4.parse("10.10.20.11")).isEqualTo((10L << 24) | (10 << 16) | (20 << 8) | 11);
        assertThat(Ipv4.parse("255.255.255.255")).isEqualTo(0xFFFFFFFFL);
        for (String bad : new String[] {"10.10.20", "10.10.20.256", "010.1.1.1", "1.2.3.4.", ".1.2.3", "1..2.3",
                "a.b.c.d", "1.2.3.4/24", "", " 1.2.3.4", "1.2.3.4.5"}) {
            assertThat(Ipv4.parse(bad)).as(bad).isEqualTo(-1);
        }
        assertThat(Ipv4.format(Ipv4.parse("192.168.1.254"))).isEqualTo("192.168.1.254");
    }

    @Test
    void subnetArithmeticComesFromSubnetUtils() {
        Subnet s = Subnet.parse("10.10.20.7/24").orElseThrow();
        assertThat(s.canonical()).isEqualTo("10.10.20.0/24");
        assertThat(s.isCanonical()).isFalse();
        assertThat(s.isReserved(Ipv4.parse("10.10.20.0"))).isTrue();
        assertThat(s.isReserved(Ipv4.parse("10.10.20.255"))).isTrue();
        assertThat(s.contains("10.10.21.1")).isFalse();
        Subnet p2p = Subnet.parse("10.0.0.0/31").orElseThrow();
        assertThat(p2p.isReserved(Ipv4.parse("10.0.0.0"))).isFalse();
        assertThat(Subnet.parse("10.0.0.0/33")).isEmpty();
        assertThat(Subnet.parse("10.0.0.0")).isEmpty();
        assertThat(Subnet.parse("fd00::/64")).isEmpty();
        assertThat(Subnet.parse("0.0.0.0/0").orElseThrow().contains("8.8.8.8")).isTrue();
    }
}
