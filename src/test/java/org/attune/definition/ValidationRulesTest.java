package org.attune.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per validation rule, each asserting the exact line, column, reason and fix. */
class ValidationRulesTest {

    static final String HEAD = """
            format: 1
            id: mini
            version: 1.0.0
            title: Mini
            estimatedMinutes: 2
            """;
    static final String TAIL = """
            recommendations:
              - {id: carry-on, kind: continue, default: true, title: Carry on}
            """;

    @Test
    void minimalQuestionnaireIsValid() {
        Questionnaire q = LoaderProblems.valid(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                """ + TAIL);
        assertThat(q.id()).isEqualTo("mini");
        assertThat(q.questions()).extracting(Item::id).containsExactly("q1");
        assertThat(q.header().language()).isEqualTo("en");
        assertThat(q.sha256()).hasSize(64);
    }

    @Test
    void yamlSyntaxErrorPointsAtTheBrokenPlace() {
        assertThat(LoaderProblems.of("""
                format: 1
                id: mini
                title: "unclosed
                version: 1.0.0
                """)).containsExactly(
                "5:1: a quoted text is not closed before the end of the file; add the closing quote");
    }

    @Test
    void badIndentationIsASyntaxError() {
        assertThat(LoaderProblems.of("""
                format: 1
                id: mini
                  title: Mini
                """)).singleElement().asString().startsWith("3:8: a ':' here cannot start a new key; put a text that holds ': ' in quotes, or check the indentation of this line");
    }

    @Test
    void unknownKeySuggestsTheNearMiss() {
        assertThat(LoaderProblems.of(HEAD + """
                descriptoin: A typo
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?", hepl: "typo"}
                """ + TAIL)).containsExactly(
                "6:1: unknown key 'descriptoin' in the questionnaire; did you mean 'description'?",
                "11:47: unknown key 'hepl' in item 'q1' (type yesno); did you mean 'help'?");
    }

    @Test
    void freeTextAndInformationCannotBeDeclinedAndDeclinableIsYesOrNo() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    declinable: maybe
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                      - {id: t1, type: text, declinable: true, text: "Notes?"}
                      - {id: i1, type: info, declinable: true, text: "Read me"}
                """ + TAIL)).extracting(p -> p.replaceAll(";.*", "")).containsExactly(
                "9:17: 'declinable' of section 'main' must be true or false, not the text 'maybe'",
                "12:30: unknown key 'declinable' in item 't1' (type text)",
                "13:30: unknown key 'declinable' in item 'i1' (type info)");
    }

    @Test
    void aFlagThatIgnoresUnansweredItemsMayNotReadADeclinableOne() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    declinable: true
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - {id: f1, severity: caution, when: "answers.q1 == 'yes'", message: Careful.}
                """ + TAIL)).containsExactly(
                "13:39: flag 'f1' reads 'q1', which offers \"prefer not to answer\"; declined, it would leave the flag undecided without a "
                        + "word; add 'declinable: false' to item 'q1', or 'ifUnanswered: unknown' to the flag");
    }

    @Test
    void unknownKeyFarFromAnyListsTheKnownOnes() {
        assertThat(LoaderProblems.of(HEAD + """
                scales:
                  - id: s
                    colour: blue
                    options: [{value: 0, label: a}, {value: 1, label: b}]
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                """ + TAIL)).containsExactly("8:5: unknown key 'colour' in scale 's'; known keys here: id, options");
    }

    @Test
    void keyThatBelongsToAnotherItemTypeIsUnknownHere() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: text, text: "Notes", reverse: true}
                """ + TAIL)).singleElement().asString()
                .startsWith("10:45: unknown key 'reverse' in item 'q1' (type text)");
    }

    @Test
    void duplicateKeyNamesTheFirst() {
        assertThat(LoaderProblems.of(HEAD + """
                title: Again
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                """ + TAIL)).containsExactly("6:1: duplicate key 'title' (first written at line 4); keep one of them");
    }

    @Test
    void duplicateItemIdsAcrossSections() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: one
                    title: One
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                  - id: two
                    title: Two
                    items:
                      - {id: q1, type: yesno, text: "Again?"}
                """ + TAIL)).containsExactly(
                "14:14: duplicate item id 'q1' (first used at line 10); give each item its own id");
    }

    @Test
    void itemIdsMustBeIdentifiers() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: my-item, type: yesno, text: "First?"}
                      - {id: empty, type: yesno, text: "Second?"}
                """ + TAIL)).containsExactly(
                "10:14: 'my-item' is not a valid item id; use letters, digits and _ only, starting with a letter (e.g. my_item)");
    }

    @Test
    void unknownScaleIsNamedWithSuggestion() {
        assertThat(LoaderProblems.of(HEAD + """
                scales:
                  - id: agree
                    options: [{value: 1, label: No}, {value: 2, label: Yes}]
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: choice, scale: agre, text: "First?"}
                """ + TAIL)).containsExactly("13:39: item 'q1' uses scale 'agre', which does not exist; did you mean 'agree'?");
    }

    @Test
    void scoreNamingMissingItem() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                scores:
                  - id: total
                    title: Total
                    method: sum
                    items: [q1, q2]
                """ + TAIL)).containsExactly(
                "15:17: score 'total' uses item 'q2', which does not exist; did you mean 'q1'?");
    }

    @Test
    void freeTextCannotBeScored() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: notes, type: text, text: "Notes"}
                scores:
                  - {id: total, title: Total, method: sum, items: [notes]}
                """ + TAIL)).containsExactly(
                "12:52: score 'total' uses item 'notes', a text item, which has no score; score only choice, multi, yesno and number items");
    }

    @Test
    void optionWithoutValue() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - id: q1
                        type: choice
                        text: "How?"
                        options:
                          - {value: 1, label: Well}
                          - {label: Badly}
                """ + TAIL)).containsExactly(
                "15:13: option 'Badly' of item 'q1' has no value; add 'value:' with the number this answer scores");
    }

    @Test
    void showIfMayNotReadALaterItem() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?", showIf: "answers.q2 == 'yes'"}
                      - {id: q2, type: yesno, text: "Second?"}
                """ + TAIL)).containsExactly(
                "10:56: the showIf of item 'q1': answers.q2 is asked later; "
                        + "a showIf may read only items asked before it; move 'q2' earlier or change the condition");
    }

    @Test
    void showIfReadingAnUnknownItem() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                      - {id: q2, type: yesno, text: "Second?", showIf: "answers.q3 == 'yes'"}
                """ + TAIL)).containsExactly(
                "11:57: the showIf of item 'q2': answers.q3 does not exist; did you mean 'q1'?");
    }

    @Test
    void expressionThatDoesNotParsePointsInsideIt() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - id: f1
                    severity: info
                    message: Hello
                    when: "answers.q1 == 'yes' &&"
                """ + TAIL)).singleElement().asString()
                .isEqualTo("15:32: the condition of flag 'f1': the condition ends after '&&'; "
                        + "a value belongs here: a name such as answers.item_id, a number, or 'text'");
    }

    @Test
    void expressionInABlockScalarPointsAtTheRightLine() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - id: f1
                    severity: info
                    message: Hello
                    when: |
                      answers.q1 == 'yes'
                        && scores.nope > 1
                """ + TAIL)).containsExactly(
                "17:12: the condition of flag 'f1': scores.nope does not exist; there are no scores ids defined");
    }

    @Test
    void methodCallsAndAssignmentsAreNotAllowed() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - {id: f1, severity: info, message: Hi, when: "answers.q1.getClass() == 1"}
                  - {id: f2, severity: info, message: Hi, when: "answers = 1"}
                  - {id: f3, severity: info, message: Hi, when: "new('java.io.File', 'x')"}
                """ + TAIL)).containsExactly(
                "12:60: the condition of flag 'f1': 'answers.q1' is followed by .; "
                        + "a name has two parts, such as answers.item_id; conditions read no properties and call no methods",
                "13:58: the condition of flag 'f2': a single = assigns, and conditions never assign; use == to compare",
                "14:50: the condition of flag 'f3': 'new' is not a function attune knows; the functions are answered, count, min, max");
    }

    @Test
    void expressionReadingAnUnknownRootSuggestsOne() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - {id: f1, severity: info, message: Hi, when: "answer.q1 == 'yes'"}
                  - {id: f2, severity: info, message: Hi, when: "q1 == 'yes'"}
                """ + TAIL)).containsExactly(
                "12:50: the condition of flag 'f1': 'answer' is not a name attune knows; did you mean 'answers'?",
                "13:50: the condition of flag 'f2': 'q1' is not a name attune knows; "
                        + "names are answers.ID, scores.ID, bands.ID or flags.ID, e.g. answers.q1");
    }

    @Test
    void flagsCannotReadFlagsButRecommendationsCan() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - {id: f1, severity: info, message: Hi, when: "answers.q1 == 'yes'"}
                  - {id: f2, severity: info, message: Hi, when: "flags.f1"}
                recommendations:
                  - {id: carry-on, kind: continue, default: true, title: Carry on}
                  - {id: talk, kind: consult, when: "flags.f1", title: Talk}
                """)).containsExactly(
                "13:50: the condition of flag 'f2': flags cannot be read here; it may read answers, bands, scores");
    }

    @Test
    void overlappingBands() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: number, min: 0, max: 10, text: "How many?"}
                scores:
                  - id: total
                    title: Total
                    method: sum
                    items: [q1]
                    bands:
                      - {min: 0, max: 5, label: low}
                      - {min: 5, max: 10, label: high}
                """ + TAIL)).containsExactly(
                "18:9: band 'high' of score 'total' overlaps band 'low' (5 is not above 5); start it at 6, and write bands from low to high");
    }

    @Test
    void gapBetweenBandsRespectsDecimals() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: number, min: 1, max: 5, text: "How much?"}
                      - {id: q2, type: number, min: 1, max: 5, text: "How much?"}
                scores:
                  - id: avg
                    title: Average
                    method: mean
                    items: [q1, q2]
                    bands:
                      - {min: 1.0, max: 2.4, label: low}
                      - {min: 2.5, max: 3.3, label: middle}
                      - {min: 3.5, max: 5.0, label: high}
                """ + TAIL)).containsExactly(
                "20:9: there is a gap between band 'middle' (up to 3.3) and band 'high' (from 3.5) of score 'avg'; "
                        + "start it at 3.4 (scores are rounded to 1 decimal)");
    }

    @Test
    void bandsMustCoverTheWholeRange() {
        assertThat(LoaderProblems.of(HEAD + """
                scales:
                  - id: s03
                    options: [{value: 0, label: a}, {value: 1, label: b}, {value: 2, label: c}, {value: 3, label: d}]
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: choice, scale: s03, text: "One"}
                      - {id: q2, type: choice, scale: s03, text: "Two", weight: 2}
                scores:
                  - id: total
                    title: Total
                    method: sum
                    items: [q1, q2]
                    bands:
                      - {min: 1, max: 4, label: low}
                      - {min: 5, max: 8, label: high}
                """ + TAIL)).containsExactly(
                "21:9: the bands of score 'total' start at 1 but the score can be as low as 0; start the first band at 0",
                "22:9: the bands of score 'total' end at 8 but the score can be as high as 9; end the last band at 9");
    }

    @Test
    void wrongFormatVersion() {
        assertThat(LoaderProblems.of("""
                format: 2
                id: mini
                version: 1.0.0
                title: Mini
                estimatedMinutes: 2
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                """ + TAIL)).containsExactly(
                "1:9: format 2 is not supported; this attune reads format 1; write 'format: 1', or use the attune version the file was written for");
    }

    @Test
    void missingRequiredHeaderFieldsAreAllReported() {
        assertThat(LoaderProblems.of("""
                title: Mini
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                """)).containsExactly(
                "1:1: the questionnaire has no 'format'; add 'format:'",
                "1:1: the questionnaire has no 'id'; add 'id:'",
                "1:1: the questionnaire has no 'version'; add 'version:'",
                "1:1: the questionnaire has no 'estimatedMinutes'; add 'estimatedMinutes:'",
                "1:1: the questionnaire has no 'recommendations'; add 'recommendations:'");
    }

    @Test
    void versionMustBeSemantic() {
        assertThat(LoaderProblems.of("""
                format: 1
                id: mini
                version: 1.0
                title: Mini
                estimatedMinutes: 2
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                """ + TAIL)).containsExactly(
                "3:10: version '1.0' is not a semantic version; write MAJOR.MINOR.PATCH, e.g. 1.0.0 (quote it if YAML reads it as a number)");
    }

    @Test
    void wrongTypesAreNamed() {
        assertThat(LoaderProblems.of("""
                format: 1
                id: mini
                version: 1.0.0
                title: Mini
                estimatedMinutes: soon
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?", required: maybe, weight: heavy}
                """ + TAIL)).containsExactly(
                "5:19: 'estimatedMinutes' of the questionnaire must be a whole number, not the text 'soon'; write a whole number after 'estimatedMinutes:'",
                "10:57: 'required' of item 'q1' (type yesno) must be true or false, not the text 'maybe'; write true or false after 'required:'",
                "10:72: 'weight' of item 'q1' (type yesno) must be a number, not the text 'heavy'; write a number after 'weight:'");
    }

    @Test
    void unknownKindAndTypeSuggestValues() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesn, text: "First?"}
                recommendations:
                  - {id: carry-on, kind: contine, default: true, title: Carry on}
                """)).containsExactly(
                "10:24: 'yesn' is not a valid type for item 'q1'; did you mean 'yesno'?",
                "12:26: 'contine' is not a valid kind for recommendation 'carry-on'; did you mean 'continue'?");
    }

    @Test
    void exactlyOneDefaultRecommendation() {
        String items = """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                """;
        assertThat(LoaderProblems.of(HEAD + items + """
                recommendations:
                  - {id: talk, kind: consult, when: "answers.q1 == 'yes'", title: Talk}
                """)).containsExactly(
                "11:1: no recommendation is marked 'default: true'; mark one recommendation 'default: true'; it applies when no other matches");
        assertThat(LoaderProblems.of(HEAD + items + """
                recommendations:
                  - {id: a, kind: continue, default: true, title: A}
                  - {id: b, kind: continue, default: true, title: B}
                """)).containsExactly(
                "13:5: recommendation 'b' is a second default (the first is recommendation 'a'); keep 'default: true' on one recommendation only");
    }

    @Test
    void flagRecommendingAMissingRecommendation() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - {id: danger, severity: urgent, message: Act now, when: "answers.q1 == 'yes'", recommend: safety}
                recommendations:
                  - {id: carry-on, kind: continue, default: true, title: Carry on}
                  - {id: safety-first, kind: safety-first, when: "flags.danger", title: Safety first}
                """)).containsExactly(
                "12:5: flag 'danger' recommends 'safety', which is not a recommendation id; did you mean 'safety-first'?");
    }

    @Test
    void everyProblemIsReportedInOneRunInFileOrder() {
        assertThat(LoaderProblems.of("""
                format: 1
                id: Mini Check
                version: 1.0.0
                title: Mini
                estimatedMinutes: 2
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?", showIf: "answers.q1 == 'yes'"}
                      - {id: q1, type: choice, text: "Again?"}
                scores:
                  - {id: s, title: S, method: median, items: [q1]}
                """ + TAIL)).extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactly("2:1:", "10:56:", "11:9:", "11:14:", "13:31:");
    }

    @Test
    void rulesOutNamesRealRecommendationsAndKindsAndNeverItself() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - {id: f1, severity: urgent, message: Hi, when: "answers.q1 == 'yes'", recommend: talk, rulesOut: {kinds: [consult]}}
                recommendations:
                  - {id: carry-on, kind: continue, default: true, title: Carry on, rulesOut: {kinds: [continu]}}
                  - {id: talk, kind: consult, when: "flags.f1", title: Talk, rulesOut: {recommendations: [talk, carry-onn]}}
                  - {id: other, kind: consult, when: "flags.f1", title: Other, rulesOut: {}, ifFlagged: {title: X}}
                """)).containsExactly(
                "12:101: flag 'f1' rules out the kind consult of 'talk', which it recommends; remove that kind from its 'rulesOut'",
                "14:87: 'continu' in 'rulesOut' of recommendation 'carry-on' is not a recommendation kind; did you mean 'continue'?",
                "15:72: recommendation 'talk' rules itself out; remove 'talk' from its 'rulesOut'",
                "15:72: recommendation 'talk' rules out 'carry-onn', which is not a recommendation id; did you mean 'carry-on'?",
                "16:74: 'rulesOut' of recommendation 'other' rules out nothing; list 'kinds:' or 'recommendations:' under it, or remove it",
                "16:78: recommendation 'other' has 'ifFlagged', which only the default recommendation may have; "
                        + "give this recommendation a 'when' that reads flags.ID instead");
    }

    @Test
    void tieGroupsHaveSeveralMembersWithOneWording() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                recommendations:
                  - {id: carry-on, kind: continue, default: true, title: Carry on}
                  - {id: a, kind: consult, when: "answers.q1 == 'yes'", title: A, tie: {group: g, name: A, reason: "{names} tie."}}
                  - {id: b, kind: consult, when: "answers.q1 == 'yes'", title: B, tie: {group: g, name: B, reason: "{names} are equal."}}
                  - {id: c, kind: consult, when: "answers.q1 == 'yes'", title: C, tie: {group: h, name: C, reason: "They tie."}}
                """)).containsExactly(
                "14:5: recommendation 'b' words the tie 'g' differently from 'a'; give every member of a tie group the same 'reason'",
                "15:5: recommendation 'c' is alone in the tie group 'h'; give the same 'tie: {group: h}' to the recommendations it can tie with, or remove it",
                "15:100: the 'reason' of the 'tie' of recommendation 'c' does not name the tied recommendations; "
                        + "write {names} where their names go, e.g. \"{names} need attention equally.\"");
    }

    @Test
    void theDefaultCannotBeRuledOutAndNothingRulesOutItsOwnKind() {
        assertThat(LoaderProblems.of(HEAD + """
                sections:
                  - id: main
                    title: Main
                    items:
                      - {id: q1, type: yesno, text: "First?"}
                flags:
                  - {id: f1, severity: caution, message: Hi, when: "answers.q1 == 'yes'", rulesOut: {recommendations: [carry-on]}}
                recommendations:
                  - {id: carry-on, kind: continue, default: true, title: Carry on}
                  - {id: talk, kind: consult, when: "flags.f1", title: Talk, rulesOut: {kinds: [consult]}}
                """)).containsExactly(
                "12:85: flag 'f1' rules out 'carry-on', the default, which applies when nothing else does; "
                        + "give the default other words for when a flag fired ('ifFlagged'), or recommend something with 'recommend'",
                "15:72: recommendation 'talk' rules out its own kind, consult; remove consult from its 'rulesOut'; name the other recommendations instead");
    }
}
