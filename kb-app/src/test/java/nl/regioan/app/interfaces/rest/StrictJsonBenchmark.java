package nl.regioan.app.interfaces.rest;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.regioan.shared.api.InvalidInputException;

/**
 * Not a test: prints how long the strict reader takes to refuse the inputs that kept the old reader busy
 * (a huge exponent, 50,000 digits), and a small valid body for comparison; two passes, the second warm. Run after {@code mvn -B -q verify -DskipITs -pl kb-app -am}:
 * {@code java -cp "kb-app/target/test-classes:kb-app/target/classes:$(cat /tmp/cp.txt)" nl.regioan.app.interfaces.rest.StrictJsonBenchmark}
 * with the test class path from {@code mvn -q dependency:build-classpath -pl kb-app -Dmdep.outputFile=/tmp/cp.txt}.
 */
public final class StrictJsonBenchmark {

    private StrictJsonBenchmark() {
    }

    record Entry(BigDecimal value, Long version) {
    }

    public static void main(String[] args) {
        String exponent = "{\"value\": 1e1000000}";
        String digits = "{\"value\": " + "9".repeat(50_000) + "}";
        String version = "{\"version\": 1e1000000}";
        for (int pass = 1; pass <= 2; pass++) {
        for (String[] input : new String[][] {{"1e1000000 as a decimal", exponent}, {"50,000 digits", digits},
                {"1e1000000 as a version", version}}) {
            int rounds = 200;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                try {
                    StrictJson.read(new ByteArrayInputStream(input[1].getBytes(StandardCharsets.UTF_8)), Entry.class);
                    throw new IllegalStateException("accepted: " + input[0]);
                } catch (InvalidInputException refused) {
                    // expected
                }
            }
            double strictMicros = (System.nanoTime() - start) / 1000.0 / rounds;
            System.out.printf("strict reader refuses %-24s in %10.1f µs (mean of %d, pass %d)%n", input[0], strictMicros,
                    rounds, pass);
        }
        }
        String plain = "{\"value\": 12.5, \"version\": 3}";
        for (int warm = 0; warm < 2; warm++) {
            int rounds = 10_000;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                StrictJson.read(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)), Entry.class);
            }
            System.out.printf("strict reader reads a small valid body in %10.1f µs (mean of %d, pass %d)%n",
                    (System.nanoTime() - start) / 1000.0 / rounds, rounds, warm + 1);
        }
    }
}
