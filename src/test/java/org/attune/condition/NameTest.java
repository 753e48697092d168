package org.attune.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameTest {
    @Test
    void equalByRootAndIdAsARecordWouldBe() {
        Name a = new Name(Root.ANSWERS, "q1");
        assertThat(a).isEqualTo(new Name(Root.ANSWERS, "q1")).hasSameHashCodeAs(new Name(Root.ANSWERS, "q1"));
        assertThat(a).isNotEqualTo(new Name(Root.SCORES, "q1")).isNotEqualTo(new Name(Root.ANSWERS, "q2")).isNotEqualTo("answers.q1");
        assertThat(Set.of(a, new Name(Root.SCORES, "q1"), new Name(Root.ANSWERS, "q2"))).contains(new Name(Root.ANSWERS, "q1")).hasSize(3);
        assertThat(a).hasToString("answers.q1");
    }
}
