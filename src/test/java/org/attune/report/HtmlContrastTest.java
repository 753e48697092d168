package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text in the HTML report keeps a contrast of at least 4.5:1 (WCAG AA) against what it sits on, in the light,
 * dark and print colours the stylesheet defines.
 */
class HtmlContrastTest {
    /** Text colour, background: every pair the stylesheet puts together. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"fg", "bg"}, new String[] {"muted", "bg"}, new String[] {"accent", "bg"},
            new String[] {"fg", "band-0"}, new String[] {"fg", "band-1"}, new String[] {"fg", "band-2"},
            new String[] {"fg", "urgent-bg"}, new String[] {"muted", "urgent-bg"}, new String[] {"urgent", "urgent-bg"},
            new String[] {"fg", "caution-bg"}, new String[] {"muted", "caution-bg"}, new String[] {"caution", "caution-bg"},
            new String[] {"fg", "note-bg"}, new String[] {"muted", "note-bg"}, new String[] {"note", "note-bg"},
            new String[] {"bg", "urgent"}, new String[] {"bg", "caution"}, new String[] {"bg", "note"});

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "print"})
    void textContrastIsAtLeastFourAndAHalfToOne(String scheme) {
        Map<String, String> colours = colours(scheme);
        for (String[] pair : PAIRS) {
            assertThat(colours).as(scheme).containsKeys(pair[0], pair[1]);
            double ratio = contrast(colours.get(pair[0]), colours.get(pair[1]));
            assertThat(ratio).as("%s: --%s on --%s", scheme, pair[0], pair[1]).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** The custom properties of the light :root, then those a dark or print block overrides. */
    private static Map<String, String> colours(String scheme) {
        String css = HtmlReport.STYLESHEET;
        Map<String, String> colours = new HashMap<>(properties(block(css, css.indexOf(":root {"))));
        if (!scheme.equals("light")) {
            int media = css.indexOf(scheme.equals("dark") ? "@media (prefers-color-scheme: dark)" : "@media print");
            assertThat(media).as("a %s block", scheme).isNotNegative();
            colours.putAll(properties(block(css, css.indexOf(":root {", media))));
        }
        return colours;
    }

    private static String block(String css, int start) {
        return css.substring(start, css.indexOf('}', start));
    }

    private static Map<String, String> properties(String block) {
        Map<String, String> found = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z0-9-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block);
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        return found;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
