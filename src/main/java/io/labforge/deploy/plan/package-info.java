/**
 * What the lab wants ({@link io.labforge.deploy.plan.DesiredLab}, built by
 * {@link io.labforge.deploy.plan.LabIntent}) and the diff against what the cluster has
 * ({@link io.labforge.deploy.plan.Planner} → {@link io.labforge.deploy.plan.Plan}).
 */
package io.labforge.deploy.plan;
