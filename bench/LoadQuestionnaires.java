import java.nio.file.Path;
import java.util.Arrays;
import org.attune.definition.QuestionnaireLoader;

/**
 * In-process cost of loading and checking questionnaires (YAML, validation, conditions), run by
 * bench/load.sh with attune's jar on the class path. Prints "cold_ms warm_median_us": the first load
 * of all files in a fresh JVM, then the median of repeated loads once the JIT has warmed up.
 */
public class LoadQuestionnaires {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Path[] files = Arrays.stream(args, 1, args.length).map(Path::of).toArray(Path[]::new);
        long start = System.nanoTime();
        loadAll(files);
        long cold = System.nanoTime() - start;
        for (int i = 0; i < rounds; i++) {
            loadAll(files);
        }
        long[] warm = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            loadAll(files);
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        System.out.printf("%.1f %.0f%n", cold / 1e6, warm[rounds / 2] / 1e3);
    }

    private static void loadAll(Path[] files) throws Exception {
        for (Path file : files) {
            new QuestionnaireLoader().load(file);
        }
    }
}
