package org.attune.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeInTheInputsOrderWhateverOrderTheyFinishIn() throws Exception {
        List<Integer> inputs = IntStream.range(0, 2000).boxed().toList();
        Random random = new Random(7);
        List<Long> pauses = inputs.stream().map(i -> (long) random.nextInt(30)).toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> seen = new ArrayList<>();
        InOrder.each(inputs, 4, i -> {
            threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
            busy(pauses.get(i) * 1000);
            return i * 2;
        }, seen::add);
        assertThat(seen).isEqualTo(inputs.stream().map(i -> i * 2).toList());
        assertThat(threads).as("the work is shared among threads").hasSizeGreaterThan(1);
    }

    @Test
    void aSmallBatchIsSharedToo() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> seen = new ArrayList<>();
        InOrder.each(IntStream.range(0, 12).boxed().toList(), 2, i -> {
            threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
            busy(2_000_000);
            return i;
        }, seen::add);
        assertThat(seen).isEqualTo(IntStream.range(0, 12).boxed().toList());
        assertThat(threads).hasSize(2);
    }

    @Test
    void oneThreadOrOneInputIsDoneInPlace() throws Exception {
        List<String> seen = new ArrayList<>();
        InOrder.each(List.of("a", "b"), 1, s -> Thread.currentThread().getName() + ":" + s, seen::add);
        assertThat(seen).containsExactly(Thread.currentThread().getName() + ":a", Thread.currentThread().getName() + ":b");
    }

    @Test
    void aFailureTheWorkDidNotTurnIntoAResultStopsTheBatch() {
        assertThatThrownBy(() -> InOrder.each(List.of(1, 2, 3), 2, i -> {
            if (i == 2) {
                throw new IllegalArgumentException("two");
            }
            return i;
        }, i -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("two");
    }

    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
