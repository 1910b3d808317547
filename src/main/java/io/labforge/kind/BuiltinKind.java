package io.labforge.kind;

import io.labforge.model.NetworkKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Field holder shared by the built-in kinds; each subclass only states its facts. */
abstract class BuiltinKind implements NodeKind {

    static final Set<NetworkKind> ANY = EnumSet.allOf(NetworkKind.class);
    static final Set<NetworkKind> INTERNAL = EnumSet.complementOf(EnumSet.of(NetworkKind.WAN));

    private final String id;
    private final String label;
    private final Category category;
    private final String icon;
    private final Set<NetworkKind> networks;
    private final Set<Trait> traits;
    private final Set<String> roleKeys;
    private final List<Flavor> flavors;

    BuiltinKind(String id, String label, Category category, String icon, Set<NetworkKind> networks,
                Set<Trait> traits, Set<String> roleKeys, Flavor... flavors) {
        this.id = id;
        this.label = label;
        this.category = category;
        this.icon = icon;
        this.networks = Set.copyOf(networks);
        this.traits = Set.copyOf(traits);
        this.roleKeys = Set.copyOf(roleKeys);
        this.flavors = List.of(flavors);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Category category() {
        return category;
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public List<Flavor> flavors() {
        return flavors;
    }

    @Override
    public Set<NetworkKind> networks() {
        return networks;
    }

    @Override
    public Set<Trait> traits() {
        return traits;
    }

    @Override
    public Set<String> roleKeys() {
        return roleKeys;
    }

    @Override
    public String toString() {
        return id;
    }
}
