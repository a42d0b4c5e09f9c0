/**
 * Plans: what an operation (load, unload, forced unload, startup, shutdown, reload, dialplan
 * reload, deferred stop) will do, in order and why, computed by a pure planner from the world's
 * facts and a snapshot of the engine's state before anything is applied. A dry run prints
 * exactly the plan the engine then executes; a failed step is re-planned from the state then.
 */
package org.loaderlab.engine.plan;
