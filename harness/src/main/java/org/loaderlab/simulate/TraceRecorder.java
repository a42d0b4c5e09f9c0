package org.loaderlab.simulate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.observe.StepClock;

/**
 * Records a run's events and actors' lines as they happen, each with its step and how many
 * observations the log held then, so {@link #render} interleaves them with the observations in
 * the true order without copying the log at every event.
 */
final class TraceRecorder {

  /**
   * A line of the trace other than an observation; {@code observationsBefore} places it among them.
   * An event's line keeps the event, written out only by {@link #render}: building every line's
   * text at the event and again into the trace was a copy per event.
   */
  private record Line(long stepIndex, int observationsBefore, String text, LifecycleEvent event) {}

  private static final ClassValue<String> KEBAB = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
  };

  private static final Map<RefTarget, String> TARGETS = new EnumMap<>(RefTarget.class);

  static {
    for (RefTarget target : RefTarget.values()) {
      TARGETS.put(target, target.name().toLowerCase(Locale.ROOT));
    }
  }

  private final StepClock clock;
  private final ObservationLog log;
  private final List<Line> lines = new ArrayList<>();
  private final List<SteppedEvent> events = new ArrayList<>();

  TraceRecorder(StepClock clock, ObservationLog log) {
    this.clock = clock;
    this.log = log;
  }

  void event(LifecycleEvent event) {
    long step = clock.stepIndex();
    events.add(new SteppedEvent(step, event));
    lines.add(new Line(step, log.size(), null, event));
  }

  /** An actor's line: {@code do load chan_sip}, {@code channel SIP/1 up}. */
  void note(String text) {
    lines.add(new Line(clock.stepIndex(), log.size(), text, null));
  }

  List<SteppedEvent> events() {
    return events;
  }

  /** The trace: {@code header}, then every line and observation in the order they happened, then {@code footer}. */
  String render(String header, List<Observation> observations, String footer) {
    StringBuilder text = new StringBuilder(64 * (lines.size() + observations.size()) + 256);
    text.append(header).append('\n');
    int next = 0;
    for (Line line : lines) {
      while (next < line.observationsBefore()) {
        seen(text, observations.get(next++));
      }
      text.append("step ").append(line.stepIndex()).append("  ");
      if (line.event() != null) {
        describe(text.append("event "), line.event());
      } else {
        text.append(line.text());
      }
      text.append('\n');
    }
    while (next < observations.size()) {
      seen(text, observations.get(next++));
    }
    return text.append(footer).toString();
  }

  private static void seen(StringBuilder text, Observation observation) {
    text.append("step ").append(observation.stepIndex()).append("  seen ").append(observation.what()).append('\n');
  }

  /** {@code lib-opened chan_sip}, as {@link #render} writes it after {@code event }. */
  static String describe(LifecycleEvent event) {
    StringBuilder text = new StringBuilder();
    describe(text, event);
    return text.toString();
  }

  /** Appends {@code lib-opened chan_sip}, {@code reference-taken chan_sip lib dependent:app_dial (uses)}. */
  static void describe(StringBuilder text, LifecycleEvent event) {
    text.append(KEBAB.get(event.getClass())).append(' ').append(event.module());
    if (event instanceof LifecycleEvent.LoadRefused refused) {
      text.append(": ").append(refused.reason());
    } else if (event instanceof LifecycleEvent.InstanceFailed failed) {
      text.append(": ").append(failed.reason());
    } else if (event instanceof LifecycleEvent.InstanceStopping stopping) {
      text.append(": ").append(stopping.reason());
    } else if (event instanceof LifecycleEvent.ReferenceTaken taken) {
      text.append(' ').append(target(taken.target())).append(' ').append(taken.holder())
          .append(" (").append(taken.reason()).append(')');
    } else if (event instanceof LifecycleEvent.ReferenceDropped dropped) {
      text.append(' ').append(target(dropped.target())).append(' ').append(dropped.holder())
          .append(" (").append(dropped.reason()).append(')');
    } else if (event instanceof LifecycleEvent.UserCancelled cancelled) {
      text.append(' ').append(cancelled.user()).append(": ").append(cancelled.reason());
    } else if (event instanceof LifecycleEvent.RegistrationAdded added) {
      text.append(' ').append(added.kind().label()).append(' ').append(added.name());
    } else if (event instanceof LifecycleEvent.RegistrationRemoved removed) {
      text.append(' ').append(removed.kind().label()).append(' ').append(removed.name());
    } else if (event instanceof LifecycleEvent.CanUseNotified notified) {
      text.append(' ').append(notified.provider()).append(notified.arrived() ? " arrived" : " leaving");
    }
  }

  /** {@code lib}, {@code instance}: made once, not lower-cased again at every reference line. */
  private static String target(RefTarget target) {
    return TARGETS.get(target);
  }
}
