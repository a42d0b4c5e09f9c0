package org.loaderlab.linker;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.observe.LibRef;

/**
 * A live thread that module code started: its code lives in {@code lib}.
 *
 * @param id {@code lib/name}, e.g. {@code res_timing_timerfd#1/timer} ({@code lib~2/name} when the same
 *     mapping was loaded a second time): unique among threads
 * @param storageKey the threadstorage key of {@code lib} it uses, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ModuleThread(String id, LibRef lib, String name, Optional<String> storageKey) {

  public ModuleThread {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lib, "lib");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(storageKey, "storageKey");
  }
}
