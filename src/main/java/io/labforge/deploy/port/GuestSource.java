package io.labforge.deploy.port;

/**
 * What a new guest is made from.
 *
 * @param kind          clone, ISO install or container template
 * @param templateVmid  VMID of the template to clone ({@link Kind#CLONE})
 * @param templateNode  node holding that template
 * @param volume        ISO or container template volume, e.g. {@code local:iso/x.iso}
 */
public record GuestSource(Kind kind, Integer templateVmid, String templateNode, String volume) {

    public enum Kind { CLONE, ISO, CONTAINER_TEMPLATE }

    public static GuestSource clone(int templateVmid, String templateNode) {
        return new GuestSource(Kind.CLONE, templateVmid, templateNode, null);
    }

    public static GuestSource iso(String volume) {
        return new GuestSource(Kind.ISO, null, null, volume);
    }

    public static GuestSource containerTemplate(String volume) {
        return new GuestSource(Kind.CONTAINER_TEMPLATE, null, null, volume);
    }
}
