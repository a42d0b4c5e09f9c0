/**
 * Plans: what an operation (load, unload, forced unload, startup, shutdown, reload) will do, in
 * order and why, computed by a pure planner from the world's facts and the engine's state before
 * anything is applied. A dry run prints exactly the plan the engine then executes.
 */
package org.loaderlab.engine.plan;
