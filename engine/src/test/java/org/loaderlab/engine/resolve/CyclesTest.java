package org.loaderlab.engine.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: every dependency cycle is found exactly once, printed as a real path that returns to its
 * start, whatever the graph's order or depth. Method: small graphs drawn in each test, plus a
 * chain deep enough to overflow any recursive search.
 */
class CyclesTest {

  private static Map<ModuleName, List<ModuleName>> graph(String... edges) {
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    for (String edge : edges) {
      String[] parts = edge.split("->");
      ModuleName from = ModuleName.of(parts[0].strip());
      graph.computeIfAbsent(from, k -> new java.util.ArrayList<>());
      if (parts.length > 1) {
        for (String to : parts[1].split(",")) {
          graph.get(from).add(ModuleName.of(to.strip()));
        }
      }
    }
    return graph;
  }

  private static List<String> texts(List<Cycles.Cycle> cycles) {
    return cycles.stream().map(Cycles.Cycle::toString).collect(Collectors.toList());
  }

  @Test
  void find_acyclicGraph_isEmpty() {
    // a -> b -> c, a -> c
    assertThat(Cycles.find(graph("a -> b, c", "b -> c", "c"))).isEmpty();
  }

  @Test
  void find_twoModuleCycle_startsAtSmallestName() {
    assertThat(texts(Cycles.find(graph("res_b -> res_a", "res_a -> res_b"))))
        .containsExactly("res_a -> res_b -> res_a");
  }

  @Test
  void find_selfLoop_isACycleOfOne() {
    assertThat(texts(Cycles.find(graph("a -> a")))).containsExactly("a -> a");
  }

  @Test
  void find_knotWithShortcut_printsARealPathAndEveryMember() {
    // a -> b -> c -> b, and c -> d -> a: one knot {a,b,c,d}; a greedy walk a,b,c would be wrong
    List<Cycles.Cycle> cycles = Cycles.find(graph("a -> b", "b -> c", "c -> b, d", "d -> a"));
    assertThat(texts(cycles)).containsExactly("a -> b -> c -> d -> a");
    assertThat(cycles.get(0).members()).extracting(ModuleName::toString).containsExactly("a", "b", "c", "d");
  }

  @Test
  void find_twoSeparateCycles_reportedOnceEachInNameOrder() {
    assertThat(texts(Cycles.find(graph("z -> y", "y -> z", "b -> c", "c -> b", "a -> b"))))
        .containsExactly("b -> c -> b", "y -> z -> y");
  }

  @Test
  void find_sameGraphInAnyInsertionOrder_sameAnswer() {
    List<String> forward = texts(Cycles.find(graph("a -> b", "b -> c", "c -> a, b")));
    List<String> backward = texts(Cycles.find(graph("c -> b, a", "b -> c", "a -> b")));
    assertThat(backward).isEqualTo(forward);
  }

  @Test
  void find_chainOfHundredThousand_doesNotOverflowTheStack() {
    int length = 100_000;
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    for (int i = 0; i < length; i++) {
      graph.put(ModuleName.of("m" + i), List.of(ModuleName.of("m" + ((i + 1) % length))));
    }
    List<Cycles.Cycle> cycles = Cycles.find(graph);
    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0).path()).hasSize(length);
  }

  @Test
  void find_edgeToUnknownModule_isIgnored() {
    assertThat(Cycles.find(graph("a -> ghost"))).isEmpty();
  }
}
