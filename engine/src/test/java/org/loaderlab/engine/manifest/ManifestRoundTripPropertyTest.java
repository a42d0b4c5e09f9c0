package org.loaderlab.engine.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.property.Property;

/**
 * Goal: what the writer writes, the parser reads back as the same manifest, with no problem
 * reported, for every valid manifest, including names and texts full of characters the config
 * syntax treats specially. Method: generated manifests (see {@link ManifestGen}), shrunk to the
 * smallest that breaks the round trip.
 */
class ManifestRoundTripPropertyTest {

  private final ManifestParser parser = new ManifestParser();

  @Test
  void parseOfWrite_isIdentity() {
    Property.forAll(ManifestGen.manifests())
        .tries(500)
        .classify(m -> m.uses().isEmpty() ? "no uses" : "uses")
        .requireCoverage("uses", 0.3)
        .check(manifest -> {
          assertThat(ManifestWriter.problem(manifest)).as("writer's own precondition").isEmpty();
          String text = ManifestWriter.write(manifest);
          Parsed<ManifestSource> parsed = parser.parseText(manifest.name().manifestFileName(), text);
          assertThat(parsed.diagnostics()).as(text).isEmpty();
          assertThat(parsed.orElseThrow().manifest()).as(text).isEqualTo(manifest);
        });
  }

  @Test
  void writeOfParseOfWrite_isStable() {
    Property.forAll(ManifestGen.manifests()).tries(200).check(manifest -> {
      String once = ManifestWriter.write(manifest);
      String twice = ManifestWriter.write(parser.parseText("m.manifest", once).orElseThrow().manifest());
      assertThat(twice).isEqualTo(once);
    });
  }
}
