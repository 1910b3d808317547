/**
 * Applies a plan: a JGraphT DAG of steps run in parallel under caps per node and storage, with
 * retries, idempotent re-checks, the journal, failure decisions, cancellation and roll back.
 */
package io.labforge.deploy.engine;
