package org.loaderlab.simulate;

import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.linker.FakeLinker;

/** What every actor of one run shares: the loader under test, the linker, the world, the trace. */
record Stage(ModuleLoader loader, FakeLinker linker, PreparedWorld world, TraceRecorder trace) {}
