package io.labforge.sandbox.resource;

/** The one registration list of simulated endpoints, by area of the URL tree. */
public final class Resources {

    private Resources() {
    }

    public static Routes all(Sim sim) {
        Routes routes = new Routes();
        VersionResource.register(routes);
        AccessResource.register(routes, sim);
        ClusterResource.register(routes, sim);
        PoolsResource.register(routes, sim);
        NodesResource.register(routes, sim);
        TaskResource.register(routes, sim);
        NetworkResource.register(routes, sim);
        SdnResource.register(routes, sim);
        FirewallResource.register(routes, sim);
        GuestResource.register(routes, sim);
        QemuCreateResource.register(routes, sim);
        LxcCreateResource.register(routes, sim);
        CloneResource.register(routes, sim);
        ConfigResource.register(routes, sim);
        PowerResource.register(routes, sim);
        AgentResource.register(routes, sim, new Addresses());
        return routes;
    }
}
