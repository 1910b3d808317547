package io.labforge.validate;

/** A vertex of the {@link LabGraph}: a host or a network. Equality is identity (ids may clash in a bad lab). */
public sealed interface LabVertex permits HostVertex, NetworkVertex {

    String id();
}
