package org.attune.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attune.answers.Answers;
import org.attune.answers.AnswersFileReader;
import org.attune.definition.Questionnaire;
import org.attune.definition.QuestionnaireLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExportTest {
    static Questionnaire q;
    static List<Answers> members = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        q = new QuestionnaireLoader().load(Path.of("src/test/resources/group/group-climate.yaml"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/group/members"))) {
            for (Path file : files.sorted().toList()) {
                members.add(new AnswersFileReader().read(file.toString(), Files.readAllBytes(file), q, false).answers());
            }
        }
    }

    @Test
    void quotesAsRfc4180Says() {
        assertThat(Csv.quoted("plain")).isEqualTo("plain");
        assertThat(Csv.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.quoted("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void neutralisesFormulaCellsButKeepsNumbers() {
        assertThat(Csv.neutralised("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.neutralised("+1 G")).isEqualTo("'+1 G");
        assertThat(Csv.neutralised("-E")).isEqualTo("'-E");
        assertThat(Csv.neutralised("@F")).isEqualTo("'@F");
        assertThat(Csv.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(Csv.neutralised("-3")).isEqualTo("-3");
        assertThat(Csv.neutralised("-2.5")).isEqualTo("-2.5");
        assertThat(Csv.neutralised("3")).isEqualTo("3");
        assertThat(Csv.neutralised("a=b")).isEqualTo("a=b");
        assertThat(Csv.neutralised("")).isEqualTo("");
    }

    @Test
    void declinedQuestionsAreNamedInTheirOwnColumnAndTheirCellsAreEmpty() {
        java.util.Map<String, org.attune.answers.AnswerValue> values = new java.util.LinkedHashMap<>(members.get(0).values());
        values.put("heard", new org.attune.answers.AnswerValue.Declined());
        var declined = new org.attune.answers.Answers(q.id(), q.header().version(), members.get(0).takenAt(), java.util.Optional.empty(), values);
        List<List<String>> rows = CsvParser.parse(new Export(q).csv(List.of(declined)));
        List<String> header = rows.get(0);
        assertThat(rows.get(1).get(header.indexOf("declined"))).isEqualTo("heard");
        assertThat(rows.get(1).get(header.indexOf("heard"))).isEmpty();
        assertThat(rows.get(1).get(header.indexOf("heard_key"))).isEmpty();
    }

    @Test
    void oneRowPerAnswersFileWithEveryColumn() {
        List<List<String>> rows = CsvParser.parse(new Export(q).csv(members));
        assertThat(rows).hasSize(1 + 8);
        List<String> header = rows.get(0);
        assertThat(header).containsExactly("takenAt", "respondent", "version", "declined", "safe", "safe_key", "heard", "heard_key", "rushed", "rushed_key",
                "left_out", "left_out_key", "threatened", "threatened_key", "cases", "topics_key", "topics___ethics", "topics___self_care",
                "topics___endings", "score_climate", "band_climate", "flag_exclusion", "flag_threat", "recommendation", "recommendation_kind");
        assertThat(header).doesNotContain("left_out_how");
        List<String> d = rows.get(4);
        assertThat(d.get(header.indexOf("respondent"))).isEqualTo("'=HYPERLINK(\"http://x\")");
        List<String> e = rows.get(5);
        assertThat(e.get(header.indexOf("respondent"))).isEqualTo("'-E, \"the quiet one\"");
        assertThat(e.get(header.indexOf("flag_threat"))).isEqualTo("1");
        assertThat(e.get(header.indexOf("recommendation"))).isEqualTo("repair");
        assertThat(e.get(header.indexOf("recommendation_kind"))).isEqualTo("consult");
        assertThat(e.get(header.indexOf("cases"))).isEqualTo("0");
        List<String> h = rows.get(8);
        assertThat(h.get(header.indexOf("respondent"))).as("a number stays a number").isEqualTo("-3");
        assertThat(h.get(header.indexOf("topics_key"))).isEqualTo("ethics;endings");
        assertThat(h.get(header.indexOf("topics___endings"))).isEqualTo("1");
        assertThat(h.get(header.indexOf("topics___self_care"))).isEqualTo("0");
        List<String> a = rows.get(1);
        assertThat(a.get(header.indexOf("threatened"))).as("not answered").isEmpty();
        assertThat(a.get(header.indexOf("flag_threat"))).as("undecided").isEmpty();
        assertThat(a.get(header.indexOf("safe"))).isEqualTo("3");
        assertThat(a.get(header.indexOf("safe_key"))).isEqualTo("Agree");
        assertThat(a.get(header.indexOf("score_climate"))).isEqualTo("3.0");
        assertThat(a.get(header.indexOf("band_climate"))).isEqualTo("good");
        assertThat(rows.get(7).get(header.indexOf("version"))).isEqualTo("1.1.0");
        assertThat(String.join(",", rows.stream().flatMap(List::stream).toList())).doesNotContain("private words");
    }

    @Test
    void jsonLinesHaveTheSameNamesWithNumbersAndNulls() throws Exception {
        List<String> lines = new Export(q).jsonLines(members).lines().toList();
        assertThat(lines).hasSize(8);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("safe").isNumber()).isTrue();
        assertThat(first.get("threatened").isNull()).isTrue();
        assertThat(first.get("respondent").asText()).isEqualTo("A.");
        JsonNode d = new ObjectMapper().readTree(lines.get(3));
        assertThat(d.get("respondent").asText()).as("JSON is not a spreadsheet: kept as given").isEqualTo("=HYPERLINK(\"http://x\")");
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names).isEqualTo(new Export(q).columns().stream().map(Column::name).toList());
    }

    @Test
    void theCodebookDescribesEveryColumn() {
        List<List<String>> book = CsvParser.parse(new Export(q).codebook());
        assertThat(book.get(0)).containsExactlyElementsOf(Export.CODEBOOK_HEADER);
        assertThat(book.subList(1, book.size()).stream().map(r -> r.get(0)).toList())
                .isEqualTo(new Export(q).columns().stream().map(Column::name).toList());
        List<String> safe = book.stream().filter(r -> r.get(0).equals("safe")).findFirst().orElseThrow();
        assertThat(safe).containsExactly("safe", "climate", "number", "I feel safe bringing a hard case.", "1, Disagree | 2, Partly agree | 3, Agree",
                "The value of the option picked. " + Layout.NOT_ASKED, "1", "3");
        List<String> flag = book.stream().filter(r -> r.get(0).equals("flag_threat")).findFirst().orElseThrow();
        assertThat(flag.get(2)).isEqualTo("0/1");
        assertThat(flag.get(5)).contains("urgent");
        assertThat(book.stream().filter(r -> r.get(0).equals("band_climate")).findFirst().orElseThrow().get(4)).isEqualTo("strained | mixed | good");
    }
}
