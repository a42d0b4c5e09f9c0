package org.loaderlab.binary;

import static org.loaderlab.binary.BinarySyntax.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LoadResult;

/**
 * The list sections of a binary, {@code [registers]} to {@code [adversarial]}, read one entry at
 * a time. Each bad line is reported once and left out, so what is built always passes
 * {@link FakeBinary}'s own checks.
 */
final class BinaryLists {

  private final Problems problems;
  /** First location of each list item, by section and identity: lookups only, never iterated. */
  private final Map<String, SourceLocation> seen = new HashMap<>();

  private final List<Registered> registers = new ArrayList<>();
  private final List<ThreadStorageKey> threadStorage = new ArrayList<>();
  private final List<BinaryThread> threads = new ArrayList<>();
  private final List<SourceLocation> threadLocations = new ArrayList<>();
  private final List<String> exports = new ArrayList<>();
  private final List<OptionalApiCall> calls = new ArrayList<>();
  private final List<ModuleName> userOf = new ArrayList<>();
  private Disposal cancel = Disposal.RELEASE;
  private final List<EngineCall> onLoad = new ArrayList<>();
  private final List<EngineCall> onUnload = new ArrayList<>();
  private final List<EngineCall> onCancel = new ArrayList<>();

  BinaryLists(Problems problems) {
    this.problems = problems;
  }

  void read(String section, ConfEntry entry) {
    String key = entry.key().toLowerCase(Locale.ROOT);
    if (entry.value().isEmpty() && knows(section, key)) {
      problems.error(entry.location(), "empty-value", "empty value for '" + key + "' in [" + section + "]");
      return;
    }
    switch (section) {
      case BinarySyntax.SECTION_REGISTERS:
        readRegisters(key, entry);
        break;
      case BinarySyntax.SECTION_THREADSTORAGE:
        readThreadStorage(key, entry);
        break;
      case BinarySyntax.SECTION_THREADS:
        readThread(key, entry);
        break;
      case BinarySyntax.SECTION_OPTIONAL_API:
        readOptionalApi(key, entry);
        break;
      default:
        readAdversarial(key, entry);
        break;
    }
  }

  private static boolean knows(String section, String key) {
    switch (section) {
      case BinarySyntax.SECTION_REGISTERS:
        return Registered.PLAIN_KINDS.contains(key) || key.equals(BinarySyntax.KEY_SERVICE);
      case BinarySyntax.SECTION_THREADSTORAGE:
        return key.equals(BinarySyntax.KEY_KEY);
      case BinarySyntax.SECTION_THREADS:
        return key.equals(BinarySyntax.KEY_THREAD);
      case BinarySyntax.SECTION_OPTIONAL_API:
        return key.equals(BinarySyntax.KEY_EXPORTS) || key.equals(BinarySyntax.KEY_CALLS);
      default:
        return AdversarialKeys.ALL.contains(key);
    }
  }

  private void readRegisters(String key, ConfEntry entry) {
    String value = entry.value();
    String kind = key;
    String registeredName = value;
    if (key.equals(BinarySyntax.KEY_SERVICE)) {
      int colon = value.indexOf(':');
      kind = colon < 0 ? "" : value.substring(0, colon).strip();
      registeredName = colon < 0 ? "" : value.substring(colon + 1).strip();
      if (kind.isEmpty() || registeredName.isEmpty()
          || Registered.PLAIN_KINDS.contains(kind) || Registered.kindProblem(kind).isPresent()) {
        problems.error(entry.location(), "bad-service", "expected 'kind:name' with a service kind for 'service',"
            + " found '" + quote(value) + "', e.g. 'service=timing:timerfd'");
        return;
      }
    } else if (!Registered.PLAIN_KINDS.contains(key)) {
      problems.error(entry.location(), "unknown-key", "unknown key '" + quote(entry.key()) + "' in [registers]:"
          + " expected application, function, cli, manager, agi, channel_tech, realtime or service");
      return;
    }
    Optional<String> problem = BinarySyntax.textProblem(registeredName);
    if (problem.isPresent()) {
      problems.error(entry.location(), "bad-name",
          "'" + quote(registeredName) + "' cannot be registered as " + kind + ": " + problem.get());
      return;
    }
    Registered registered = new Registered(kind, registeredName);
    if (unique(BinarySyntax.SECTION_REGISTERS, registered.identity(), "'" + registered + "'", entry)) {
      registers.add(registered);
    }
  }

  private void readThreadStorage(String key, ConfEntry entry) {
    if (!key.equals(BinarySyntax.KEY_KEY)) {
      problems.error(entry.location(), "unknown-key",
          "unknown key '" + quote(entry.key()) + "' in [threadstorage]: expected key");
      return;
    }
    String[] parts = entry.value().split(":", 2);
    String keyName = parts[0].strip();
    if (!identifier(keyName, "threadstorage key", entry)) {
      return;
    }
    boolean destructor = parts.length == 2;
    if (destructor && !parts[1].strip().equals(BinarySyntax.OPTION_DESTRUCTOR)) {
      problems.error(entry.location(), "bad-option", "unknown option '" + quote(parts[1].strip())
          + "' for threadstorage key '" + keyName + "': expected 'destructor'");
      return;
    }
    if (unique(BinarySyntax.SECTION_THREADSTORAGE, keyName, "threadstorage key '" + keyName + "'", entry)) {
      threadStorage.add(new ThreadStorageKey(keyName, destructor));
    }
  }

  private void readThread(String key, ConfEntry entry) {
    if (!key.equals(BinarySyntax.KEY_THREAD)) {
      problems.error(entry.location(), "unknown-key", "unknown key '" + quote(entry.key()) + "' in [threads]: expected thread");
      return;
    }
    String[] parts = entry.value().split(":", 2);
    String threadName = parts[0].strip();
    if (!identifier(threadName, "thread name", entry)) {
      return;
    }
    Optional<String> usesKey = Optional.empty();
    if (parts.length == 2) {
      String option = parts[1].strip();
      if (!option.startsWith(BinarySyntax.OPTION_USES)) {
        problems.error(entry.location(), "bad-option", "unknown option '" + quote(option)
            + "' for thread '" + threadName + "': expected 'uses=<key>'");
        return;
      }
      String keyName = option.substring(BinarySyntax.OPTION_USES.length()).strip();
      if (!identifier(keyName, "threadstorage key", entry)) {
        return;
      }
      usesKey = Optional.of(keyName);
    }
    if (unique(BinarySyntax.SECTION_THREADS, threadName, "thread '" + threadName + "'", entry)) {
      threads.add(new BinaryThread(threadName, usesKey));
      threadLocations.add(entry.location());
    }
  }

  private void readOptionalApi(String key, ConfEntry entry) {
    String value = entry.value();
    if (key.equals(BinarySyntax.KEY_EXPORTS)) {
      if (identifier(value, "optional api name", entry)
          && unique(BinarySyntax.SECTION_OPTIONAL_API, "exports/" + value, "'exports=" + value + "'", entry)) {
        exports.add(value);
      }
      return;
    }
    if (!key.equals(BinarySyntax.KEY_CALLS)) {
      problems.error(entry.location(), "unknown-key",
          "unknown key '" + quote(entry.key()) + "' in [optional_api]: expected exports or calls");
      return;
    }
    int colon = value.indexOf(':');
    if (colon < 0) {
      problems.error(entry.location(), "bad-call", "expected 'provider:api' for 'calls', found '" + quote(value) + "'");
      return;
    }
    Optional<ModuleName> provider = moduleName(value.substring(0, colon).strip(), entry);
    String api = value.substring(colon + 1).strip();
    if (provider.isEmpty() || !identifier(api, "optional api name", entry)) {
      return;
    }
    OptionalApiCall call = new OptionalApiCall(provider.get(), api);
    if (unique(BinarySyntax.SECTION_OPTIONAL_API, "calls/" + provider.get().canonical() + ":" + api,
        "'calls=" + call + "'", entry)) {
      calls.add(call);
    }
  }

  private void readAdversarial(String key, ConfEntry entry) {
    AdversarialKeys.read(key, entry, this);
  }

  // What AdversarialKeys reads into; package-private so that the reader stays small.

  void addUserOf(ModuleName target, ConfEntry entry) {
    if (unique(BinarySyntax.SECTION_ADVERSARIAL, "user_of/" + target.canonical(), "'user_of=" + target + "'", entry)) {
      userOf.add(target);
    }
  }

  /** Whether {@code cancel=} may be set here: it is single-valued. */
  boolean firstCancel(ConfEntry entry) {
    SourceLocation first = seen.putIfAbsent(BinarySyntax.SECTION_ADVERSARIAL + "/cancel", entry.location());
    if (first != null) {
      problems.error(entry.location(), "duplicate-key",
          "duplicate key 'cancel' in [adversarial], first set at " + first);
      return false;
    }
    return true;
  }

  void setCancel(Disposal disposal) {
    cancel = disposal;
  }

  List<EngineCall> calls(String key) {
    switch (key) {
      case BinarySyntax.KEY_ON_LOAD:
        return onLoad;
      case BinarySyntax.KEY_ON_UNLOAD:
        return onUnload;
      default:
        return onCancel;
    }
  }

  Problems problems() {
    return problems;
  }

  Optional<ModuleName> moduleName(String value, ConfEntry entry) {
    Optional<String> problem = ModuleName.problem(value);
    if (problem.isPresent()) {
      problems.error(entry.location(), "invalid-module-name", problem.get());
      return Optional.empty();
    }
    return Optional.of(ModuleName.of(value));
  }

  private boolean identifier(String value, String what, ConfEntry entry) {
    Optional<String> problem = BinarySyntax.identifierProblem(value);
    if (problem.isPresent()) {
      problems.error(entry.location(), "bad-name", "'" + quote(value) + "' is not a " + what + ": " + problem.get());
      return false;
    }
    return true;
  }

  private boolean unique(String section, String identity, String shown, ConfEntry entry) {
    SourceLocation first = seen.putIfAbsent(section + "/" + identity, entry.location());
    if (first != null) {
      problems.error(entry.location(), "duplicate-entry",
          shown + " is listed twice in [" + section + "], first at " + first);
      return false;
    }
    return true;
  }

  /** A thread may name a key declared anywhere in the file; one that is declared nowhere is dropped. */
  void checkThreadKeys() {
    for (int i = threads.size() - 1; i >= 0; i--) {
      BinaryThread thread = threads.get(i);
      Optional<String> key = thread.usesKey();
      if (key.isPresent() && threadStorage.stream().noneMatch(declared -> declared.name().equals(key.get()))) {
        problems.error(threadLocations.get(i), "unknown-storage-key", "thread '" + thread.name()
            + "' uses threadstorage key '" + key.get() + "', which [threadstorage] does not declare");
        threads.remove(i);
        threadLocations.remove(i);
      }
    }
  }

  FakeBinary build(ModuleName name, LoadResult loadResult, boolean unloadModule, boolean blockUnload) {
    Adversarial adversarial = new Adversarial(userOf, cancel, onLoad, onUnload, onCancel);
    return new FakeBinary(name, loadResult, unloadModule, blockUnload, registers, threadStorage, threads, exports,
        calls, adversarial);
  }
}
