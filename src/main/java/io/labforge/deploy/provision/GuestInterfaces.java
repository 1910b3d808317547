package io.labforge.deploy.provision;

/**
 * Interface names inside guests. Proxmox puts {@code net0} on PCI slot 18, {@code net1} on 19 and
 * so on, so a Debian or Ubuntu cloud image names them {@code ens18}, {@code ens19}, ...; pfSense
 * names VirtIO NICs {@code vtnet0}, {@code vtnet1}, ... in the same order.
 */
final class GuestInterfaces {

    private GuestInterfaces() {
    }

    static String linux(int nicIndex) {
        return "ens" + (18 + nicIndex);
    }

    static String freebsdVirtio(int nicIndex) {
        return "vtnet" + nicIndex;
    }
}
