package io.labforge.io;

import io.labforge.model.Network;
import io.labforge.model.Node;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that what a lab file refers to exists: the network of each NIC, the nodes of each group. */
final class References {

    private final String file;

    References(String file) {
        this.file = file;
    }

    void checkNics(List<NodeDto> nodes, List<Network> networks) throws LabFileException {
        List<String> ids = networks.stream().map(Network::id).toList();
        Set<String> known = Set.copyOf(ids);
        for (NodeDto node : nodes) {
            for (NicDto nic : node.nics() == null ? List.<NicDto>of() : node.nics()) {
                Ref ref = nic.network();
                if (!known.contains(ref.value())) {
                    throw new LabFileException(file, ref.at(),
                            "node '" + node.id().value() + "' has a NIC on network '" + ref.value() + "', which does not exist",
                            LabAssembler.hint(ref.value(), ids, "networks"));
                }
            }
        }
    }

    void checkMembers(List<GroupDto> groups, List<Node> nodes) throws LabFileException {
        List<String> ids = nodes.stream().map(Node::id).toList();
        Set<String> known = ids.stream().collect(Collectors.toSet());
        for (GroupDto group : groups) {
            for (Ref member : group.members() == null ? List.<Ref>of() : group.members()) {
                if (!known.contains(member.value())) {
                    throw new LabFileException(file, member.at(),
                            "group '" + group.id().value() + "' lists '" + member.value() + "', which is no node",
                            LabAssembler.hint(member.value(), ids, "nodes"));
                }
            }
        }
    }
}
