package org.loaderlab.oracle;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Something an oracle found wrong in a run: its family and kind, the step where it showed, the
 * modules it concerns, a sentence, and the causal chain (the trace entries behind it, and the
 * facts it was judged by, one line each). Printable as text and as one line of JSON; a report
 * files it under its {@link #category()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Violation
    permits Violation.Ordering, Violation.Safety, Violation.Policy, Violation.Leak, Violation.Hang,
        Violation.Conformance, Violation.Fidelity {

  /** By step, then category, then modules, then message: the same run always lists the same way. */
  Comparator<Violation> ORDER = Comparator.comparingLong(Violation::stepIndex)
      .thenComparing(Violation::category)
      .thenComparing(violation -> violation.modules().toString())
      .thenComparing(Violation::message);

  /** The oracle families, one class each. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  enum Family {
    ORDERING, SAFETY, POLICY, LEAK, HANG, CONFORMANCE, FIDELITY;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  Family family();

  /** The kind within the family, one of the family record's own {@code Kind} constants. */
  Enum<?> kind();

  /** The kind within the family, in kebab case: {@code started-before-dependency}. */
  default String code() {
    return kebab(kind());
  }

  long stepIndex();

  List<ModuleName> modules();

  String message();

  /** The causal chain, oldest first, one line each. */
  List<String> chain();

  /** {@code family/code}: a report's category. */
  default String category() {
    return family().label() + "/" + code();
  }

  /** {@code <category> at step <n> [modules]: <message>}, then the chain, indented. */
  default String render() {
    StringBuilder text = new StringBuilder(category()).append(" at step ").append(stepIndex())
        .append(" [").append(modules().stream().map(ModuleName::toString).collect(Collectors.joining(", ")))
        .append("]: ").append(message()).append('\n');
    chain().forEach(line -> text.append("  ").append(line).append('\n'));
    return text.toString();
  }

  /** One line of JSON: family, kind, step, modules, message, chain. */
  default String toJson() {
    return "{" + Json.name("family") + Json.string(family().label())
        + "," + Json.name("kind") + Json.string(code())
        + "," + Json.name("step") + stepIndex()
        + "," + Json.name("modules") + Json.strings(modules().stream().map(ModuleName::toString).toList())
        + "," + Json.name("message") + Json.string(message())
        + "," + Json.name("chain") + Json.strings(chain()) + "}";
  }

  /** A module started before a dependency ran, stopped under a user, out of load_priority order, or with a worse provider. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Ordering(Kind kind, long stepIndex, List<ModuleName> modules, String message, List<String> chain)
      implements Violation {
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind { STARTED_BEFORE_DEPENDENCY, STOPPED_UNDER_USER, LOAD_PRIORITY_IGNORED, WORSE_PROVIDER }

    public Ordering {
      Objects.requireNonNull(kind, "kind");
      modules = checked(stepIndex, modules, message);
      chain = List.copyOf(chain);
    }

    @Override
    public Family family() {
      return Family.ORDERING;
    }
  }

  /** Code ran in an unmapped lib, by what kind of code; or a lib was closed while held or twice. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Safety(Kind kind, long stepIndex, List<ModuleName> modules, String message, List<String> chain)
      implements Violation {
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
      OPTIONAL_API_UNMAPPED, THREADSTORAGE_DESTRUCTOR_UNMAPPED, CHANNEL_TECH_UNMAPPED, REGISTERED_CODE_UNMAPPED,
      UNLOAD_MODULE_UNMAPPED, OTHER_CODE_UNMAPPED, LIB_CLOSED_WHILE_HELD, LIB_CLOSED_TWICE, HOLDER_COUNT_NEGATIVE
    }

    public Safety {
      Objects.requireNonNull(kind, "kind");
      modules = checked(stepIndex, modules, message);
      chain = List.copyOf(chain);
    }

    @Override
    public Family family() {
      return Family.SAFETY;
    }
  }

  /** A banned, cyclic or tampered module was loaded, or a required one failed and startup went on. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Policy(Kind kind, long stepIndex, List<ModuleName> modules, String message, List<String> chain)
      implements Violation {
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind { BANNED_LOADED, REQUIRE_NOT_FATAL, CYCLE_LOADED, TAMPERED_LOADED }

    public Policy {
      Objects.requireNonNull(kind, "kind");
      modules = checked(stepIndex, modules, message);
      chain = List.copyOf(chain);
    }

    @Override
    public Family family() {
      return Family.POLICY;
    }
  }

  /** Something left behind at a quiescent checkpoint or after shutdown. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Leak(Kind kind, long stepIndex, List<ModuleName> modules, String message, List<String> chain)
      implements Violation {
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind {
      LIB_OPEN_UNHELD, INSTANCE_RUNNING_UNHELD, REGISTRATION_LEFT, USER_NEVER_RELEASED,
      THREADSTORAGE_NEVER_DESTROYED, REFERENCE_LEFT
    }

    public Leak {
      Objects.requireNonNull(kind, "kind");
      modules = checked(stepIndex, modules, message);
      chain = List.copyOf(chain);
    }

    @Override
    public Family family() {
      return Family.LEAK;
    }
  }

  /** A simulator run that did not end: its step budget ran out, or no task could ever run again. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Hang(Kind kind, long stepIndex, List<ModuleName> modules, String message, List<String> chain)
      implements Violation {
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind { STEP_BUDGET_EXCEEDED, DEADLOCK }

    public Hang {
      Objects.requireNonNull(kind, "kind");
      modules = checked(stepIndex, modules, message);
      chain = List.copyOf(chain);
    }

    @Override
    public Family family() {
      return Family.HANG;
    }
  }

  /** The manifest lies: the module's code registers or uses what its manifest does not declare. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Conformance(Kind kind, long stepIndex, List<ModuleName> modules, String message, List<String> chain)
      implements Violation {
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind { REGISTERS_UNDECLARED, USES_UNDECLARED }

    public Conformance {
      Objects.requireNonNull(kind, "kind");
      modules = checked(stepIndex, modules, message);
      chain = List.copyOf(chain);
    }

    @Override
    public Family family() {
      return Family.CONFORMANCE;
    }
  }

  /** What an operation did is not what its plan (or its dry run) said. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Fidelity(Kind kind, long stepIndex, List<ModuleName> modules, String message, List<String> chain)
      implements Violation {
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public enum Kind { PLANNED_STEP_MISSING, UNPLANNED_STEP, UNEXPLAINED_REPLAN, DRY_RUN_DIFFERS }

    public Fidelity {
      Objects.requireNonNull(kind, "kind");
      modules = checked(stepIndex, modules, message);
      chain = List.copyOf(chain);
    }

    @Override
    public Family family() {
      return Family.FIDELITY;
    }
  }

  private static List<ModuleName> checked(long stepIndex, List<ModuleName> modules, String message) {
    if (stepIndex < 0) {
      throw new IllegalArgumentException("stepIndex must be >= 0, was " + stepIndex);
    }
    Objects.requireNonNull(message, "message");
    return List.copyOf(modules);
  }

  private static String kebab(Enum<?> kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
