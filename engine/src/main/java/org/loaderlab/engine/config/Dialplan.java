package org.loaderlab.engine.config;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Requirement;

/**
 * What {@code extensions.conf} means to the loader: its contexts, and every application and
 * function it uses, each at its line. A dialplan reload replaces one {@code Dialplan} with
 * another, and with it the dialplan's uses of modules.
 *
 * @param contexts in order of first appearance; {@code [general]}, {@code [globals]} and templates are not contexts
 * @param uses in file order, each (kind, name, context, extension, line) once
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Dialplan(List<DialplanContext> contexts, List<DialplanUse> uses) {

  public Dialplan {
    contexts = List.copyOf(contexts);
    uses = List.copyOf(uses);
  }

  /** No contexts, no uses: the dialplan of a system without {@code extensions.conf}. */
  public static Dialplan empty() {
    return new Dialplan(List.of(), List.of());
  }

  /** Every application used, sorted and compared case-insensitively (as Asterisk finds them), first spelling kept. */
  public SortedSet<String> applications() {
    return names(Kinds.APPLICATION);
  }

  /** Every function used, sorted and compared case-insensitively, first spelling kept. */
  public SortedSet<String> functions() {
    return names(Kinds.FUNCTION);
  }

  /** Every {@code application=} and {@code function=} the dialplan needs a provider of. */
  public SortedSet<Requirement> requirements() {
    SortedSet<Requirement> requirements = new TreeSet<>();
    uses.forEach(use -> requirements.add(use.requirement()));
    return Collections.unmodifiableSortedSet(requirements);
  }

  /** The uses of {@code name} (case-insensitive) of {@code kind}, in file order: where a report points. */
  public List<DialplanUse> usesOf(String kind, String name) {
    return uses.stream()
        .filter(use -> use.kind().equals(kind) && use.name().equalsIgnoreCase(name))
        .toList();
  }

  /** The context called {@code name}, compared case-insensitively. */
  public Optional<DialplanContext> context(String name) {
    return contexts.stream().filter(context -> context.name().equalsIgnoreCase(name)).findFirst();
  }

  private SortedSet<String> names(String kind) {
    SortedSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    uses.stream().filter(use -> use.kind().equals(kind)).forEach(use -> names.add(use.name()));
    return Collections.unmodifiableSortedSet(names);
  }
}
