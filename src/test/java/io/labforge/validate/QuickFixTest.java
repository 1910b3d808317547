package io.labforge.validate;

import io.labforge.model.Lab;
import io.labforge.model.Nic;
import io.labforge.validate.RuleFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Applying a problem's quick fix removes the problem and breaks nothing else. */
class QuickFixTest {

    static List<Fixture> fixable() {
        return RuleFixtures.all().stream().filter(f -> problem(f).hasFix()).toList();
    }

    static Problem problem(Fixture f) {
        return Validator.standard().withCapacity(f.capacity()).validate(f.lab()).withCode(f.code()).get(0);
    }

    @Test
    void theObviousRepairsAreOffered() {
        assertThat(fixable().stream().map(Fixture::code)).containsExactlyInAnyOrder(
                "LF103", "LF105", "LF106", "LF107", "LF202", "LF204", "LF205", "LF206", "LF207", "LF209", "LF211",
                "LF301", "LF307", "LF504", "LF506", "LF510");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixable")
    void fixRemovesTheProblemAndAddsNone(Fixture f) {
        Problem p = problem(f);
        Lab fixed = p.fix().apply(f.lab());
        ValidationReport after = Validator.standard().withCapacity(f.capacity()).validate(fixed);
        Set<String> codes = after.problems().stream().map(Problem::code).collect(Collectors.toSet());
        assertThat(codes).as("after '%s': %s", p.fix().description(), after.problems()).isSubsetOf(f.also());
        assertThat(p.fix().description()).isNotBlank();
    }

    @Test
    void addressFixNamesTheNextFreeAddress() {
        Fixture f = fixture("LF205");
        Problem p = problem(f);
        assertThat(p.fix().description()).isEqualTo("Use 10.10.10.2 on NIC 1 (net0) of node 'web1'");
        assertThat(p.fix().apply(f.lab()).node("web1").orElseThrow().nics().get(0).ip()).isEqualTo("10.10.10.2");
    }

    @Test
    void addressFixTakesTheNextOneWhenItsAddressWasTakenMeanwhile() {
        Fixture f = fixture("LF205");
        Problem p = problem(f);
        Lab meanwhile = f.lab().updateNode("pg1", n -> n.withNics(List.of(Nic.of("db", "10.10.40.10"), Nic.of("lan", "10.10.10.2"))));
        assertThat(p.fix().apply(meanwhile).node("web1").orElseThrow().nics().get(0).ip()).isEqualTo("10.10.10.3");
    }

    @Test
    void fixLeavesALabWithoutItsTargetUnchanged() {
        Fixture f = fixture("LF103");
        Lab gone = RuleFixtures.without(f.lab(), "web1");
        assertThat(problem(f).fix().apply(gone)).isEqualTo(gone);
    }

    @Test
    void apiFrontendFixAddsTheFrontendToTheOnlyLoadBalancer() {
        Lab fixed = problem(fixture("LF504")).fix().apply(fixture("LF504").lab());
        assertThat(fixed.node("lb1").orElseThrow().role().get("frontends"))
                .isEqualTo(List.of(java.util.Map.of("port", 6443, "backends", List.of("cp1", "cp2", "cp3"))));
    }

    @Test
    void apiFrontendFixAddsMissingControlPlanesToAPartialFrontend() {
        Lab lab = TestLabs.homelab().updateNode("lb1", n -> n.withRole(RuleFixtures.frontends(
                RuleFixtures.frontend(6443, List.of("cp1")))));
        ValidationReport report = Validator.standard().validate(lab);
        Problem p = report.withCode("LF504").get(0);
        assertThat(p.message()).isEqualTo("frontend 6443 of load balancer 'lb1' misses control planes 'cp2', 'cp3' of Kubernetes cluster 'k8s'");
        assertThat(p.subjects()).containsExactly("lb1", "cp2", "cp3");
        assertThat(Validator.standard().validate(p.fix().apply(lab)).problems()).isEmpty();
    }

    static Fixture fixture(String code) {
        return RuleFixtures.all().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
