package org.loaderlab.binary;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * A call module code makes into the loader, as an admin command would say it:
 * {@code load res_x}, {@code unload res_y}, {@code unload -f res_y}, {@code reload res_x}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngineCall(Verb verb, ModuleName target) {

  /** What the call asks. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Verb {
    LOAD("load"),
    UNLOAD("unload"),
    UNLOAD_FORCE("unload -f"),
    RELOAD("reload");

    private final String words;

    Verb(String words) {
      this.words = words;
    }

    /** The words before the module name. */
    public String words() {
      return words;
    }
  }

  public EngineCall {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(target, "target");
  }

  /**
   * The call {@code text} says: words separated by white space, the module name last (with or
   * without {@code .so}), the words in any case; empty when it is none of the four forms.
   */
  public static Optional<EngineCall> parse(String text) {
    String[] words = text.strip().split("\\s+");
    Verb verb;
    if (words.length == 2 && words[0].equalsIgnoreCase("load")) {
      verb = Verb.LOAD;
    } else if (words.length == 2 && words[0].equalsIgnoreCase("unload")) {
      verb = Verb.UNLOAD;
    } else if (words.length == 3 && words[0].equalsIgnoreCase("unload") && words[1].equals("-f")) {
      verb = Verb.UNLOAD_FORCE;
    } else if (words.length == 2 && words[0].equalsIgnoreCase("reload")) {
      verb = Verb.RELOAD;
    } else {
      return Optional.empty();
    }
    return ModuleName.parse(words[words.length - 1]).map(target -> new EngineCall(verb, target));
  }

  @Override
  public String toString() {
    return verb.words() + " " + target;
  }
}
