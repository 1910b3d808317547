/**
 * The typed event stream of a deploy: steps starting, logging, finishing or failing, resources
 * changing status, the run finishing. The command line and the window consume it through one
 * {@link io.labforge.deploy.event.DeployListener}.
 */
package io.labforge.deploy.event;
