package io.labforge.kind;

/** Behaviours the validation rules and the layout care about. */
public enum Trait {
    /** Forwards between its networks: a firewall or router. May sit on WAN. */
    ROUTES,
    /** May join several security zones without routing between them (load balancer, bastion). */
    SPANS_ZONES,
    /** May join a WAN network (edge devices and the Internet itself). */
    WAN_FACING
}
