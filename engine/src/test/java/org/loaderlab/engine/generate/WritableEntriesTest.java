package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: each list keeps, in order, the first of each repeat that a manifest can carry; module
 * names lose {@code .so}; the rest is left out with the writer's own reason. Method: lists with
 * one entry per rule.
 */
class WritableEntriesTest {

  private final Findings findings = new Findings("w.c", 20);
  private final WritableEntries entries = new WritableEntries(ModuleName.of("app_w"), findings);

  private static <T> Located<T> at(int line, T value) {
    return new Located<>(value, new SourceLocation("w.c", line));
  }

  @Test
  void uses_normaliseDeduplicateAndCheck_thenCanUseSkipsWhatIsUsed() {
    Set<String> seen = new HashSet<>();
    List<Requirement> uses = entries.uses(List.of(
        at(1, new Requirement(Kinds.MODULE, "res_a.so")), at(2, new Requirement(Kinds.MODULE, "RES_A")),
        at(3, new Requirement(Kinds.SERVICE, "Timing")), at(4, new Requirement(Kinds.APPLICATION, "Gosub"))), seen);
    assertThat(uses).extracting(Object::toString).containsExactly("module=res_a", "application=Gosub");
    List<Requirement> canUse = entries.canUse(List.of(at(5, new Requirement(Kinds.MODULE, "res_a")),
        at(6, new Requirement(Kinds.MODULE, "res_b"))), seen);
    assertThat(canUse).extracting(Object::toString).containsExactly("module=res_b");
    assertThat(findings.list()).extracting(Diagnostic::toString).containsExactly("w.c:3: warning: [uses]"
        + " 'service=Timing': not a service kind (a lower-case word such as 'timing'); it is left out [unwritable-entry]");
  }

  @Test
  void provisions_keepTheFirstOfARepeat_andDropServicesWithoutPriority() {
    List<Provision> provides = entries.provisions(List.of(at(1, Provision.of(Kinds.FUNCTION, "CHANNEL")),
        at(2, Provision.of(Kinds.FUNCTION, "channel")), at(3, Provision.of("timing", "timerfd")),
        at(4, new Provision("timing", "dahdi", OptionalInt.of(100)))));
    assertThat(provides).extracting(Object::toString).containsExactly("function=CHANNEL", "timing=dahdi:100");
    assertThat(findings.list()).extracting(Diagnostic::code).containsExactly("unwritable-entry");
  }

  @Test
  void description_thatAFileCannotCarry_isLeftOut() {
    assertThat(entries.description(at(1, "fine"))).contains("fine");
    assertThat(entries.description(at(2, "bad\ud800"))).isEmpty();
    assertThat(findings.list()).extracting(Diagnostic::code).containsExactly("unwritable-entry");
  }
}
