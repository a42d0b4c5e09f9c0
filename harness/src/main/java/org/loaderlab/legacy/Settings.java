package org.loaderlab.legacy;

import java.nio.file.Path;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.Runtime;

/**
 * Everything the legacy loader is built from, complete and checked. {@code extConfig} is kept
 * but never read: today's loader knows {@code preload}, not extconfig dependencies.
 */
record Settings(
    Path modulesFolder,
    ModulesConf modulesConf,
    ExtConfig extConfig,
    Dialplan dialplan,
    Linker linker,
    Runtime runtime,
    EventListener listener,
    LegacyFaults faults) {}
