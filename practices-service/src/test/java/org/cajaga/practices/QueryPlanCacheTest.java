package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.practice;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * The same read asked again reuses Hibernate's plan of its statements. A native query given a result class
 * ({@code createNativeQuery(sql, String.class)}) is keyed in Hibernate's interpretation cache by its SQL and a result
 * mapping without equality, so each execution added an entry with the same hash: the cache filled up to its
 * 2,048 entries and every lookup compared the key with all of them (about 2 ms of CPU per statement at the bench's
 * load, the hottest frame of the service's profile).
 */
@QuarkusTest
class QueryPlanCacheTest {

    private static final int REPEATS = 10;

    @Inject
    EntityManagerFactory factory;

    @Test
    void repeatedReadsReuseTheirQueryPlans() {
        String id = Api.published(practice("Ejemplo: Plan reutilizado de consultas", "08019"));
        List<String> reads = List.of(PRACTICES + "/" + id + "/similar", PRACTICES + "/" + id + "/adaptations",
                "/api/v1/taxonomy/municipalities/08019/suggestions", PRACTICES + "?q=consultas&facets=true",
                "/api/v1/practices:suggest?q=plan", PRACTICES + "/" + id);
        reads.forEach(QueryPlanCacheTest::read);
        int plans = plans();

        for (int repeat = 0; repeat < REPEATS; repeat++) {
            reads.forEach(QueryPlanCacheTest::read);
        }

        // a statement seen for the first time meanwhile (a scheduled refresh, say) adds its plan once; a leaking
        // one adds a plan per repetition
        assertThat(plans()).isLessThan(plans + REPEATS);
    }

    private static void read(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(200);
    }

    private int plans() {
        return factory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
