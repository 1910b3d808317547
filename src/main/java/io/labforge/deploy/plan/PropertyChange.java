package io.labforge.deploy.plan;

/**
 * One property that differs.
 *
 * @param name  e.g. {@code memory}, {@code net0}
 * @param from  current value on the cluster ({@code null}: absent)
 * @param to    value the lab wants ({@code null}: removed)
 * @param drift whether the cluster value differs from what Labforge last applied (changed outside Labforge)
 */
public record PropertyChange(String name, String from, String to, boolean drift) {
}
