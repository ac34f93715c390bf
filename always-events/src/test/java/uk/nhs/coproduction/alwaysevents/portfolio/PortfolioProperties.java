package uk.nhs.coproduction.alwaysevents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.nhs.coproduction.alwaysevents.project.AlwaysEventProject;
import uk.nhs.coproduction.alwaysevents.project.Phase;

class PortfolioProperties {

    @Property(tries = 100)
    void everyProjectHasOneRow(@ForAll("projects") List<AlwaysEventProject> projects) {
        assertThat(Portfolio.of(projects).size()).isEqualTo(projects.size());
    }

    @Property(tries = 100)
    void filteringTwiceIsFilteringOnce(@ForAll("projects") List<AlwaysEventProject> projects,
            @ForAll("filters") PortfolioFilter filter) {
        Portfolio once = Portfolio.of(projects).filter(filter);

        assertThat(once.filter(filter).rows()).isEqualTo(once.rows());
    }

    @Property(tries = 100)
    void filteringByEveryAreaAndPhaseKeepsEveryRow(@ForAll("projects") List<AlwaysEventProject> projects) {
        Portfolio portfolio = Portfolio.of(projects);
        PortfolioFilter everything = PortfolioFilter.all().withAreas(portfolio.areas()).withPhases(portfolio.phases());

        assertThat(portfolio.filter(everything).rows()).isEqualTo(portfolio.rows());
    }

    @Property(tries = 100)
    void theOrderDoesNotDependOnTheOrderGiven(@ForAll("projects") List<AlwaysEventProject> projects, @ForAll long seed) {
        List<AlwaysEventProject> shuffled = new ArrayList<>(projects);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Portfolio.of(shuffled).rows()).isEqualTo(Portfolio.of(projects).rows());
    }

    @Property(tries = 100)
    void aFilteredRowIsKeptAndEveryRowLeftOutIsNot(@ForAll("projects") List<AlwaysEventProject> projects,
            @ForAll("filters") PortfolioFilter filter) {
        Portfolio portfolio = Portfolio.of(projects);
        List<PortfolioRow> kept = portfolio.filter(filter).rows();

        assertThat(kept).allMatch(filter::keeps);
        assertThat(portfolio.rows().stream().filter(r -> !kept.contains(r))).noneMatch(filter::keeps);
    }

    @Provide
    Arbitrary<List<AlwaysEventProject>> projects() {
        Arbitrary<String> titles = Arbitraries.of("Phones", "phones", "Welcome", "Letters", "Zebra");
        Arbitrary<String> areas = Arbitraries.of("Ward 1", "ward 1", "Ward 2", "Community team", "A&E");
        Arbitrary<Phase> phases = Arbitraries.of(Phase.class);
        Arbitrary<int[]> values = Arbitraries.integers().between(0, 20).array(int[].class).ofMaxSize(14);
        return Combinators.combine(titles, areas, phases, values).as((t, a, p, v) -> new Object[] {t, a, p, v})
                .list().ofMaxSize(12)
                .map(specs -> {
                    List<AlwaysEventProject> projects = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Object[] spec = specs.get(i);
                        projects.add(Projects.project("p-" + i, (String) spec[0], (String) spec[1], (Phase) spec[2],
                                (int[]) spec[3]));
                    }
                    return projects;
                });
    }

    @Provide
    Arbitrary<PortfolioFilter> filters() {
        Arbitrary<Set<String>> areas = Arbitraries.of("Ward 1", "WARD 2", "Community team", "Elsewhere").set();
        Arbitrary<Set<Phase>> phases = Arbitraries.of(Phase.class).set();
        return Combinators.combine(areas, phases).as(PortfolioFilter::new);
    }
}
