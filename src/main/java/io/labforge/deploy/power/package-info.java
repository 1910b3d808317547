/**
 * Starting and stopping a whole lab in dependency order: tiers derived from the lab graph (gateways,
 * DNS, load-balancer backends, Kubernetes joins) and the kinds' roles, run tier by tier on the same
 * cluster port, caps, retries, events and cancellation as the deploy engine. See docs/power.md.
 */
package io.labforge.deploy.power;
