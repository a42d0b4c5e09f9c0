package org.loaderlab.oracle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.binary.ThreadStorageKey;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.world.World;

/**
 * Reads {@link WorldFacts} from a world's files. A checksum that does not match is a fact (the
 * binary is tampered), not a problem: it is what a test means to expose. Problems are only what
 * could not be read.
 */
final class FactsReader {

  private FactsReader() {}

  static Parsed<WorldFacts> read(World world) {
    List<Diagnostic> problems = new ArrayList<>();
    WorldFacts.Builder facts = WorldFacts.builder();
    Parsed<ModuleCatalog> catalog = new CatalogScanner().scan(world.modulesFolder(), CatalogScanner.Verify.NOTHING);
    problems.addAll(catalog.diagnostics());
    if (catalog.value().isEmpty()) {
      return Parsed.failed(problems);
    }
    FakeBinaryParser binaries = new FakeBinaryParser();
    for (CatalogEntry entry : catalog.value().get().entries()) {
      if (!entry.valid()) {
        continue;
      }
      facts.manifest(entry.manifest());
      if (entry.binary().isEmpty()) {
        continue;
      }
      Path binary = entry.binary().get();
      Optional<Diagnostic> mismatch = CatalogScanner.verifyChecksum(entry.source(), binary);
      if (mismatch.isPresent() && mismatch.get().isError()) {
        facts.tampered(entry.name());
      }
      Parsed<FakeBinary> image = binaries.parse(binary);
      problems.addAll(image.diagnostics());
      image.value().ifPresent(read -> read.threadStorage().stream().filter(ThreadStorageKey::destructor)
          .forEach(key -> facts.destructorKey(entry.name(), key.name())));
    }
    if (Files.exists(world.modulesConf())) {
      Parsed<ModulesConf> conf = new ModulesConfParser().parse(world.modulesConf());
      problems.addAll(conf.diagnostics());
      conf.value().ifPresent(facts::modulesConf);
    }
    if (Files.exists(world.extconfigConf())) {
      Parsed<ExtConfig> conf = new ExtConfigParser().parse(world.extconfigConf());
      problems.addAll(conf.diagnostics());
      conf.value().ifPresent(facts::extConfig);
    }
    return Parsed.of(facts.build(), problems);
  }
}
