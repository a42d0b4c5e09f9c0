package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.runtime.ThreadPoolRuntime;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.testkit.CatalogWriter;
import org.loaderlab.engine.testkit.InMemoryLinker;
import org.loaderlab.engine.testkit.ScriptedModule;

/**
 * Goal: under real concurrency the engine neither deadlocks nor loses count. Method: 8 actor
 * threads, each with its own seeded random, drive one engine on a 4-thread
 * {@link ThreadPoolRuntime} for 300 operations each: loads, unloads, forced unloads, channel
 * starts (a CHANNEL user whose cancel, a soft hangup, schedules its own release on the runtime),
 * hang-ups, optional calls and {@code module show}. The world is a generated 200-module catalog
 * (about 3 dependencies each, on earlier modules) on Jimfs, where some modules block unload,
 * some decline, one cannot be linked, one is banned, and some call back into the loader from
 * {@code load_module}.
 *
 * <p>Then, bounded by Awaitility: quiescence (runtime idle, every operation future done). Then
 * the counts must agree, judged by witnesses outside the engine where possible (the linker's own
 * open libs, the test's own channel ledger, the event stream): an open lib has a holder or is
 * blocked; a running instance has a holder and nothing else does; a dependent holder names a
 * module that runs (instances) or is open (libs); the linker's open libs are exactly the libs
 * {@code show()} calls open; the channel holders are exactly the channels not hung up; events
 * are numbered 1, 2, 3, ... without gap. Last, {@code shutdown(false)}: every channel is
 * cancelled and hangs up, and only blocked libs stay open.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ConcurrentLifecycleTest {

  private static final long SEED = 20_261_126L;
  private static final int MODULE_COUNT = 200;
  private static final int DEPENDENCIES_MEAN = 3;
  private static final int ACTOR_COUNT = 8;
  private static final int OPERATIONS_PER_ACTOR = 300;
  private static final int RUNTIME_THREADS = 4;
  private static final Duration QUIESCENCE_TIMEOUT = Duration.ofSeconds(30);

  private static final ModuleName UNLINKABLE = CatalogWriter.generatedName(150);
  private static final ModuleName BANNED = CatalogWriter.generatedName(120);
  /** Loaded at startup, so a blocked lib is sure to exist when shutdown ends. */
  private static final ModuleName BLOCKING = CatalogWriter.generatedName(5);

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path modules = fs.getPath("/modules");
  private final Map<ModuleName, Manifest> manifests = new TreeMap<>();
  private final List<Throwable> taskFailures = Collections.synchronizedList(new ArrayList<>());
  private final List<LifecycleEvent> events = Collections.synchronizedList(new ArrayList<>());
  /** Loads that module code asked for from inside {@code load_module}. */
  private final List<CompletableFuture<Outcome>> callbackFutures = Collections.synchronizedList(new ArrayList<>());
  private final List<CompletableFuture<Outcome>> futures = Collections.synchronizedList(new ArrayList<>());
  private final List<Channel> channels = Collections.synchronizedList(new ArrayList<>());
  private final ThreadPoolRuntime runtime = ThreadPoolRuntime.builder().name("stress").threadCount(RUNTIME_THREADS)
      .failureHandler((thread, failure) -> taskFailures.add(failure)).build();
  private InMemoryLinker linker;
  private ModuleLoader loader;

  @AfterEach
  void close() throws IOException {
    runtime.close();
    fs.close();
  }

  /**
   * A channel of the test's own ledger: a CHANNEL user of one module. Its cancel (the soft
   * hangup) does not release at once: like a real channel, it hangs up later, on another thread
   * (a runtime task). A cancel may even arrive before {@code addUser} has returned the handle.
   */
  private final class Channel {
    final ModuleName module;
    final String id;
    private UserHandle handle;
    private boolean cancelled;
    private boolean hungUp;

    Channel(ModuleName module, String id) {
      this.module = module;
      this.id = id;
    }

    void attach(UserHandle attached) {
      boolean cancelledEarly;
      synchronized (this) {
        handle = attached;
        cancelledEarly = cancelled;
      }
      if (cancelledEarly) {
        runtime.execute(this::hangUp);
      }
    }

    void cancel() {
      synchronized (this) {
        cancelled = true;
        if (handle == null) {
          return;
        }
      }
      runtime.execute(this::hangUp);
    }

    void hangUp() {
      UserHandle release;
      synchronized (this) {
        if (handle == null || hungUp) {
          return;
        }
        hungUp = true;
        release = handle;
      }
      release.release();
    }

    synchronized boolean isLive() {
      return handle != null && !hungUp;
    }

    String key() {
      return module + "/" + id;
    }
  }

  private ModuleCode codeOf(ModuleName module) {
    int index = Integer.parseInt(module.toString().substring(1));
    ScriptedModule.Builder script = ScriptedModule.builder().registersProvided(manifests.get(module));
    if (index % 37 == 5) {
      script.blockUnload();
    }
    if (index % 41 == 7) {
      script.loadResult(LoadResult.DECLINE);
    }
    if (index % 53 == 11) {
      ModuleName other = CatalogWriter.generatedName(index / 2);
      script.onLoad(context -> callbackFutures.add(context.loader().load(other)));
    }
    return script.build();
  }

  private static boolean blocks(ModuleName module) {
    return Integer.parseInt(module.toString().substring(1)) % 37 == 5;
  }

  private void buildWorld() {
    for (Manifest manifest : CatalogWriter.writeAll(modules, CatalogWriter.generate(MODULE_COUNT, DEPENDENCIES_MEAN, SEED))) {
      manifests.put(manifest.name(), manifest);
    }
    linker = InMemoryLinker.forEvery(this::codeOf).refuse(UNLINKABLE, "undefined symbol: stress_test");
    ModulesConf conf = new ModulesConfParser().parseText("modules.conf",
        "[modules]\nautoload=no\nload=" + BLOCKING + "\nneverload=" + BANNED + "\n").orElseThrow();
    loader = LoaderBuilder.create()
        .modulesFolder(modules)
        .modulesConf(conf)
        .linker(linker)
        .runtime(runtime)
        .listener(events::add)
        .build();
  }

  @Test
  void randomConcurrentOperations_neverDeadlock_andKeepEveryCountConsistent() throws Exception {
    buildWorld();
    futures.add(loader.start());
    awaitQuiescence("startup");

    runActors();
    awaitQuiescence("the actors' operations");
    assertThat(linker.log()).as("the run opened libs at all").isNotEmpty();
    assertThat(channels).as("the run started channels at all").isNotEmpty();
    assertConsistent("after the actors' operations");

    futures.add(loader.shutdown(false));
    awaitQuiescence("shutdown");
    assertConsistent("after shutdown");
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(channels.stream().filter(Channel::isLive).map(Channel::key).toList())
        .as("channels still up after shutdown (their cancel must hang them up)").isEmpty();
    for (ModuleStatus status : loader.show()) {
      softly.assertThat(status.state()).as("state of %s after shutdown", status.name()).isNotEqualTo(ModuleStatus.State.RUNNING);
    }
    SortedSet<ModuleName> keptOpen = keptOpenByBlockedLibs(loader.show());
    softly.assertThat(linker.openLibs()).as("libs open after shutdown: blocked ones and those they hold")
        .isSubsetOf(keptOpen);
    softly.assertThat(linker.openLibs()).as("the blocked lib loaded at startup stays open").contains(BLOCKING);
    softly.assertAll();
  }

  /** 8 actors, started together, each with its own seed; their threads end before this returns. */
  private void runActors() throws Exception {
    AtomicInteger actorNumber = new AtomicInteger();
    ExecutorService actors = Executors.newFixedThreadPool(ACTOR_COUNT,
        body -> new Thread(body, "actor-" + actorNumber.incrementAndGet()));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int actor = 0; actor < ACTOR_COUNT; actor++) {
        long seed = SEED + actor;
        int number = actor;
        done.add(actors.submit(() -> {
          go.await();
          act(number, new SplittableRandom(seed));
          return null;
        }));
      }
      go.countDown();
      for (Future<?> actor : done) {
        actor.get(QUIESCENCE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      actors.shutdownNow();
    }
  }

  private void act(int actor, SplittableRandom random) {
    List<Channel> mine = new ArrayList<>();
    for (int operation = 0; operation < OPERATIONS_PER_ACTOR; operation++) {
      ModuleName module = CatalogWriter.generatedName(random.nextInt(MODULE_COUNT));
      int roll = random.nextInt(100);
      if (roll < 28) {
        futures.add(loader.load(module));
      } else if (roll < 43) {
        futures.add(loader.unload(module, false));
      } else if (roll < 50) {
        futures.add(loader.unload(module, true));
      } else if (roll < 76) {
        startChannel(module, "SIP/actor" + actor + "-" + operation).ifPresent(mine::add);
      } else if (roll < 92) {
        if (!mine.isEmpty()) {
          mine.get(random.nextInt(mine.size())).hangUp();
        }
      } else if (roll < 96) {
        loader.callOptional(module, () -> Boolean.TRUE);
      } else {
        assertThat(loader.show()).hasSize(MODULE_COUNT);
      }
    }
  }

  private Optional<Channel> startChannel(ModuleName module, String id) {
    Channel channel = new Channel(module, id);
    try {
      channel.attach(loader.addUser(module, HolderKind.CHANNEL, id, channel::cancel));
    } catch (ModuleUnavailableException notRunning) {
      return Optional.empty();
    }
    channels.add(channel);
    return Optional.of(channel);
  }

  private boolean quiescent() {
    // Idle last: a callback load is added by a running task, and done once the runtime is idle.
    return allDone(futures) && allDone(callbackFutures) && runtime.isIdle();
  }

  private static boolean allDone(List<CompletableFuture<Outcome>> list) {
    synchronized (list) {
      return list.stream().allMatch(CompletableFuture::isDone);
    }
  }

  private void awaitQuiescence(String after) {
    try {
      await().atMost(QUIESCENCE_TIMEOUT).pollInterval(Duration.ofMillis(10)).until(this::quiescent);
    } catch (ConditionTimeoutException timeout) {
      throw new AssertionError("no quiescence within " + QUIESCENCE_TIMEOUT + " after " + after + " (seed " + SEED
          + "): a deadlock or a lost wake-up; " + runtime.pendingTaskCount() + " runtime tasks pending, "
          + undone(futures) + " operations and " + undone(callbackFutures) + " callback loads not done\n"
          + threadDump(), timeout);
    }
  }

  private static long undone(List<CompletableFuture<Outcome>> list) {
    synchronized (list) {
      return list.stream().filter(future -> !future.isDone()).count();
    }
  }

  private static String threadDump() {
    StringBuilder dump = new StringBuilder();
    for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
      if (!thread.getThreadName().startsWith("stress-") && !thread.getThreadName().startsWith("actor-")) {
        continue;
      }
      boolean idleWorker = Arrays.stream(thread.getStackTrace())
          .anyMatch(frame -> frame.getMethodName().equals("getTask") && frame.getClassName().endsWith("ThreadPoolExecutor"));
      dump.append(idleWorker ? "\"" + thread.getThreadName() + "\" idle, waiting for a task\n" : thread.toString());
    }
    return dump.toString();
  }

  /** Every count the engine keeps, checked against itself and against the witnesses. */
  private void assertConsistent(String when) {
    SoftAssertions softly = new SoftAssertions();
    checkFutures(softly, when);
    softly.assertThat(taskFailures).as("runtime tasks that threw, %s", when).isEmpty();
    softly.assertThat(linker.violations()).as("linker violations, %s", when).isEmpty();
    List<ModuleStatus> shown = loader.show();
    Map<ModuleName, ModuleStatus> byName = new TreeMap<>();
    shown.forEach(status -> byName.put(status.name(), status));
    softly.assertThat(byName.keySet()).as("modules shown, %s", when).isEqualTo(manifests.keySet());
    for (ModuleStatus status : shown) {
      checkStatus(softly, status, byName, when);
    }
    SortedSet<ModuleName> shownOpen = new TreeSet<>();
    shown.stream().filter(ModuleStatus::libOpen).forEach(status -> shownOpen.add(status.name()));
    softly.assertThat(linker.openLibs()).as("libs the linker has open vs libs show() says are open, %s", when)
        .isEqualTo(shownOpen);
    softly.assertThat(channelHolders(shown)).as("channel holders in show() vs channels not hung up, %s", when)
        .isEqualTo(liveChannels());
    checkEventSequence(softly, when);
    softly.assertAll();
  }

  private void checkFutures(SoftAssertions softly, String when) {
    List<CompletableFuture<Outcome>> all = new ArrayList<>();
    synchronized (futures) {
      all.addAll(futures);
    }
    synchronized (callbackFutures) {
      all.addAll(callbackFutures);
    }
    softly.assertThat(all).as("operation futures not done, %s", when).allMatch(CompletableFuture::isDone);
    softly.assertThat(all.stream().filter(CompletableFuture::isCompletedExceptionally).map(f -> f.handle((o, e) -> e).join()).toList())
        .as("operations that completed exceptionally, %s", when).isEmpty();
  }

  private static void checkStatus(SoftAssertions softly, ModuleStatus status, Map<ModuleName, ModuleStatus> byName,
      String when) {
    String name = status.name() + " " + when;
    softly.assertThat(status.state()).as("state of %s (no transition is in flight at quiescence)", name)
        .isIn(ModuleStatus.State.NOT_RUNNING, ModuleStatus.State.RUNNING, ModuleStatus.State.FAILED);
    softly.assertThat(status.useCount()).as("use count of %s equals its instance holders", name)
        .isEqualTo(status.instanceHolders().size());
    boolean running = status.state() == ModuleStatus.State.RUNNING;
    if (running) {
      softly.assertThat(status.instanceHolders()).as("holders of running %s", name).isNotEmpty();
      softly.assertThat(status.libOpen()).as("lib of running %s is open", name).isTrue();
    } else {
      softly.assertThat(status.instanceHolders()).as("holders of %s, which is not running", name).isEmpty();
    }
    if (status.libOpen()) {
      softly.assertThat(!status.libHolders().isEmpty() || status.unloadBlocked())
          .as("open lib of %s has a holder or is blocked; holders %s", name, status.libHolders()).isTrue();
    } else {
      softly.assertThat(status.libHolders()).as("holders of the closed lib of %s", name).isEmpty();
    }
    if (status.unloadBlocked()) {
      softly.assertThat(status.libOpen()).as("blocked lib of %s stays open", name).isTrue();
    }
    for (Holder holder : status.instanceHolders()) {
      softly.assertThat(holder.kind()).as("instance holder %s of %s (calls are over at quiescence)", holder, name)
          .isNotIn(HolderKind.OPTIONAL_CALL);
      if (holder.kind() == HolderKind.DEPENDENT) {
        ModuleStatus dependent = byName.get(ModuleName.of(holder.id()));
        softly.assertThat(dependent != null && dependent.state() == ModuleStatus.State.RUNNING)
            .as("instance holder %s of %s is a running module", holder, name).isTrue();
      }
    }
    for (Holder holder : status.libHolders()) {
      softly.assertThat(holder.kind()).as("lib holder %s of %s (calls are over at quiescence)", holder, name)
          .isNotIn(HolderKind.OPTIONAL_CALL, HolderKind.EXECUTION);
      if (holder.kind() == HolderKind.DEPENDENT) {
        ModuleStatus dependent = byName.get(ModuleName.of(holder.id()));
        softly.assertThat(dependent != null && dependent.libOpen())
            .as("lib holder %s of %s is a module whose lib is open", holder, name).isTrue();
      }
      if (holder.kind() == HolderKind.OWN_INSTANCE) {
        softly.assertThat(running).as("lib of %s is held by its own instance, which must then run", name).isTrue();
      }
    }
  }

  /**
   * The blocked libs and, transitively, the libs they hold as dependents: a blocked lib stays
   * mapped, and so must what it links against. Only a DEPENDENT lib hold may keep a lib of that
   * closure open that is not blocked itself.
   */
  private static SortedSet<ModuleName> keptOpenByBlockedLibs(List<ModuleStatus> shown) {
    Map<ModuleName, List<ModuleName>> heldBy = new TreeMap<>();
    SortedSet<ModuleName> kept = new TreeSet<>();
    List<ModuleName> worklist = new ArrayList<>();
    for (ModuleStatus status : shown) {
      for (Holder holder : status.libHolders()) {
        if (holder.kind() == HolderKind.DEPENDENT) {
          heldBy.computeIfAbsent(ModuleName.of(holder.id()), key -> new ArrayList<>()).add(status.name());
        }
      }
      if (status.unloadBlocked()) {
        assertThat(blocks(status.name())).as("%s is blocked but was not scripted to block", status.name()).isTrue();
        kept.add(status.name());
        worklist.add(status.name());
      }
    }
    for (int next = 0; next < worklist.size(); next++) {
      for (ModuleName held : heldBy.getOrDefault(worklist.get(next), List.of())) {
        if (kept.add(held)) {
          worklist.add(held);
        }
      }
    }
    return kept;
  }

  private static Set<String> channelHolders(List<ModuleStatus> shown) {
    Set<String> holders = new TreeSet<>();
    for (ModuleStatus status : shown) {
      for (Holder holder : status.instanceHolders()) {
        if (holder.kind() == HolderKind.CHANNEL) {
          holders.add(status.name() + "/" + holder.id());
        }
      }
    }
    return holders;
  }

  private Set<String> liveChannels() {
    Set<String> live = new TreeSet<>();
    synchronized (channels) {
      channels.stream().filter(Channel::isLive).forEach(channel -> live.add(channel.key()));
    }
    return live;
  }

  private void checkEventSequence(SoftAssertions softly, String when) {
    List<LifecycleEvent> seen;
    synchronized (events) {
      seen = List.copyOf(events);
    }
    softly.assertThat(seen).as("events, %s", when).isNotEmpty();
    for (int index = 0; index < seen.size(); index++) {
      if (seen.get(index).sequence() != index + 1) {
        softly.fail("event %d of %d has sequence %d, expected %d (out of order or a gap), %s: %s", index + 1,
            seen.size(), seen.get(index).sequence(), index + 1, when, seen.get(index));
        return;
      }
    }
  }
}
