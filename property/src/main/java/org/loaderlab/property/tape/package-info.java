/**
 * The choice tape: the one place a test case's randomness comes from. A {@link
 * org.loaderlab.property.tape.ChoiceTape} draws seeded, unbiased bounded choices (or replays a
 * saved prefix padded with zeros), records each one and stops at {@code drawsMax}; {@link
 * org.loaderlab.property.tape.TapeText} turns a recorded tape into the compact string a failure
 * prints and a replay reads.
 */
package org.loaderlab.property.tape;
