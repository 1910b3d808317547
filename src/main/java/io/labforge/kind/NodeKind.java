package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Node;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One kind of lab element. Implementations are small immutable classes registered in {@link NodeKinds}. */
public interface NodeKind {

    /** Spelling in lab files, e.g. {@code k8s-worker}. */
    String id();

    String label();

    Category category();

    /** Ikonli icon literal (Material Design 2 pack), e.g. {@code mdi2w-wall-fire}. */
    String icon();

    /** Variants; the first is the default. Never empty. */
    List<Flavor> flavors();

    /** Network zones a NIC of this kind may join. */
    Set<NetworkKind> networks();

    Set<Trait> traits();

    /** Keys allowed in the node's {@code role} settings. */
    Set<String> roleKeys();

    default boolean has(Trait trait) {
        return traits().contains(trait);
    }

    default Flavor defaultFlavor() {
        return flavors().get(0);
    }

    default Optional<Flavor> flavor(String id) {
        if (id == null) {
            return Optional.of(defaultFlavor());
        }
        return flavors().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The flavor a node uses: its own when known, else the default. */
    default Flavor flavorOf(Node node) {
        return flavor(node.flavor()).orElse(defaultFlavor());
    }

    default List<String> flavorIds() {
        return flavors().stream().map(Flavor::id).toList();
    }
}
