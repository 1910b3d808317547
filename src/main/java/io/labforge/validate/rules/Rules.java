package io.labforge.validate.rules;

import io.labforge.validate.Rule;

import java.util.List;

/**
 * The rule catalogue: the one list where a rule is registered. Its order is the report's order
 * within a severity; docs/validation.md lists the same codes (a test keeps them in sync).
 */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            // identity
            new DuplicateIdRule(),
            new DuplicateHostnameRule(),
            new HostnameFormatRule(),
            new VmidRangeRule(),
            new DuplicateVmidRule(),
            new UnknownKindRule(),
            new UnknownFlavorRule(),
            // addressing
            new CidrFormatRule(),
            new CidrHostBitsRule(),
            new SubnetOverlapRule(),
            new IpFormatRule(),
            new IpOutsideSubnetRule(),
            new ReservedAddressRule(),
            new DuplicateIpRule(),
            new GatewayRule(),
            new GatewayHolderRule(),
            new DhcpRangeRule(),
            new StaticInDhcpPoolRule(),
            new VlanRangeRule(),
            new DuplicateVlanRule(),
            new BridgeNameRule(),
            new BridgeConventionRule(),
            new SharedSegmentRule(),
            new NetworkWithoutBridgeRule(),
            // structure
            new NicNetworkRule(),
            new NicZoneRule(),
            new NoNicRule(),
            new IsolatedNetworkRule(),
            new L2LoopRule(),
            new SameSegmentNicsRule(),
            new DocumentationOnlyRule(),
            // security zones
            new WanEdgeRule(),
            new ZoneBridgingRule(),
            new ProtectedExposureRule(),
            new BastionRule(),
            // services
            new ControlPlaneCountRule(),
            new ControlPlaneMissingRule(),
            new WorkerMissingRule(),
            new ApiLoadBalancerRule(),
            new FrontendShapeRule(),
            new BackendExistsRule(),
            new BackendReachableRule(),
            new AdDomainControllerRule(),
            new AdDnsRule(),
            new RoleKeysRule(),
            // deployability
            new SourceRule(),
            new TargetRule(),
            new CapacityRule(),
            new PlacementRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
