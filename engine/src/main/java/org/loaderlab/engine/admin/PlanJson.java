package org.loaderlab.engine.admin;

import java.util.Locale;
import java.util.Optional;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/** The JSON form of a plan; the schema is documented on {@link PlanRenderer}. */
final class PlanJson {

  private PlanJson() {}

  static String render(Plan plan) {
    JsonWriter json = new JsonWriter().beginObject();
    json.name("operation");
    operation(plan.operation(), json);
    json.name("steps").beginArray();
    for (PlanStep step : plan.steps()) {
      step(step, json);
    }
    json.endArray();
    json.name("refusals").beginArray();
    for (Refusal refusal : plan.refusals()) {
      json.beginObject().name("module").value(refusal.module().toString())
          .name("reason").value(refusal.reason()).endObject();
    }
    json.endArray();
    json.name("waiting").beginArray();
    for (String user : plan.waiting()) {
      json.value(user);
    }
    json.endArray();
    return json.endObject().finish();
  }

  private static void operation(Operation operation, JsonWriter json) {
    json.beginObject();
    if (operation instanceof Operation.Load load) {
      json.name("kind").value("load").name("module").value(load.module().toString());
    } else if (operation instanceof Operation.Unload unload) {
      json.name("kind").value("unload").name("module").value(unload.module().toString())
          .name("force").value(unload.force());
    } else if (operation instanceof Operation.Reload reload) {
      json.name("kind").value("reload").name("module").value(reload.module().toString());
    } else if (operation instanceof Operation.Startup) {
      json.name("kind").value("startup");
    } else if (operation instanceof Operation.Shutdown shutdown) {
      json.name("kind").value("shutdown").name("graceful").value(shutdown.graceful());
    } else {
      throw new IllegalStateException("unknown operation " + operation);
    }
    json.endObject();
  }

  private static void step(PlanStep step, JsonWriter json) {
    json.beginObject().name("action").value(action(step)).name("module").value(step.module().toString());
    Optional<Holder> holder = PlanText.holder(step);
    if (holder.isPresent()) {
      json.name("holder").beginObject()
          .name("kind").value(holder.get().kind().name().toLowerCase(Locale.ROOT))
          .name("id").value(holder.get().id())
          .endObject();
    }
    json.name("because").value(step.because()).endObject();
  }

  /** The text action in kebab case, with what it acts on: {@code open  lib} is {@code open-lib}. */
  static String action(PlanStep step) {
    if (step instanceof PlanStep.OpenLib) {
      return "open-lib";
    }
    if (step instanceof PlanStep.StartInstance) {
      return "start-instance";
    }
    if (step instanceof PlanStep.Hold) {
      return "hold";
    }
    if (step instanceof PlanStep.Release) {
      return "release";
    }
    if (step instanceof PlanStep.CancelUser) {
      return "cancel-user";
    }
    if (step instanceof PlanStep.StopInstance) {
      return "stop-instance";
    }
    if (step instanceof PlanStep.CloseLib) {
      return "close-lib";
    }
    throw new IllegalStateException("unknown step " + step);
  }
}
