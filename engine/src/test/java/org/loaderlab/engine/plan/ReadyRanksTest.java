package org.loaderlab.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: ranks order modules exactly as comparing load priority, then name, would, whatever
 * order the modules come in. Method: a shuffled handful compared with a plain sort.
 */
class ReadyRanksTest {

  @Test
  void of_ranksByPriorityThenName() {
    List<ModuleName> names = List.of(ModuleName.of("res_b"), ModuleName.of("chan_sip"), ModuleName.of("res_a"),
        ModuleName.of("App_Dial"), ModuleName.of("pbx_config"));
    int[] priority = {LoadPriority.DEFAULT.ordinal(), LoadPriority.CHANNEL_DRIVER.ordinal(),
        LoadPriority.DEFAULT.ordinal(), LoadPriority.DEFAULT.ordinal(), LoadPriority.CORE.ordinal()};
    int[] rank = ReadyRanks.of(names, priority);
    Integer[] expected = IntStream.range(0, names.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(expected, Comparator.comparingInt((Integer index) -> priority[index]).thenComparing(names::get));
    Integer[] byRank = IntStream.range(0, names.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(byRank, Comparator.comparingInt((Integer index) -> rank[index]));
    assertThat(byRank).containsExactly(expected);
    assertThat(names.get(byRank[0])).hasToString("pbx_config");
    assertThat(names.get(byRank[2])).hasToString("App_Dial");
  }

  @Test
  void of_noModules_isEmpty() {
    assertThat(ReadyRanks.of(List.of(), new int[0])).isEmpty();
  }
}
