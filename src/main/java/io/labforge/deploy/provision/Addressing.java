package io.labforge.deploy.provision;

import io.labforge.model.Network;
import org.apache.commons.net.util.SubnetUtils;

/** Subnet arithmetic on the lab's CIDRs (Commons Net). */
final class Addressing {

    private Addressing() {
    }

    private static final java.util.regex.Pattern IPV4 =
            java.util.regex.Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /** The address itself, or an error naming where it came from: nothing else may reach a config file. */
    static String checkIp(String where, String ip) {
        if (ip == null || !IPV4.matcher(ip).matches()) {
            throw new RenderException(where + ": '" + ip + "' is not an IPv4 address like 10.10.20.11");
        }
        return ip;
    }

    static String checkCidr(String where, String cidr) {
        int slash = cidr == null ? -1 : cidr.indexOf('/');
        if (slash < 0 || !IPV4.matcher(cidr.substring(0, slash)).matches() || !cidr.substring(slash + 1).matches("\\d{1,2}")
                || Integer.parseInt(cidr.substring(slash + 1)) > 32) {
            throw new RenderException(where + ": '" + cidr + "' is not an IPv4 subnet like 10.10.20.0/24");
        }
        return cidr;
    }

    static int prefix(String cidr) {
        return Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
    }

    static String netmask(String cidr) {
        return new SubnetUtils(cidr).getInfo().getNetmask();
    }

    static boolean contains(Network network, String ip) {
        if (network.cidr() == null || ip == null) {
            return false;
        }
        SubnetUtils s = new SubnetUtils(network.cidr());
        s.setInclusiveHostCount(true);
        return s.getInfo().isInRange(ip);
    }

    /** Whether two subnets share an address. */
    static boolean overlaps(String a, String b) {
        SubnetUtils.SubnetInfo x = new SubnetUtils(a).getInfo();
        SubnetUtils.SubnetInfo y = new SubnetUtils(b).getInfo();
        return x.getNetworkAddress().equals(y.getNetworkAddress())
                || inclusive(a).isInRange(y.getNetworkAddress()) || inclusive(b).isInRange(x.getNetworkAddress());
    }

    private static SubnetUtils.SubnetInfo inclusive(String cidr) {
        SubnetUtils s = new SubnetUtils(cidr);
        s.setInclusiveHostCount(true);
        return s.getInfo();
    }
}
