package org.loaderlab.engine.check;

import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;

/** "{@code from} needs {@code to}", and the line that says so: a manifest's, or modules.conf's, or extconfig.conf's. */
record Edge(ModuleName from, ModuleName to, SourceLocation location) {}
