package org.loaderlab.engine.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A module binary's checksum as a manifest writes it: {@code sha256:<64 hex>}, or plain
 * {@code <32 hex>} md5 as Asterisk's build writes it today. Hex is kept lower-case.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Checksum(Algorithm algorithm, String hex) {

  /** The digests a manifest may name; md5 only because Asterisk's build already emits it. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Algorithm {
    MD5("MD5", 32),
    SHA256("SHA-256", 64);

    private final String jdkName;
    private final int hexChars;

    Algorithm(String jdkName, int hexChars) {
      this.jdkName = jdkName;
      this.hexChars = hexChars;
    }
  }

  private static final String SHA256_PREFIX = "sha256:";

  public Checksum {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(hex, "hex");
    if (!isHex(hex, algorithm.hexChars)) {
      throw new IllegalArgumentException(algorithm + " checksum needs " + algorithm.hexChars + " hex digits, was '" + hex + "'");
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  /** The checksum written as {@code text}, or empty when it is neither form. */
  public static Optional<Checksum> parse(String text) {
    String trimmed = text.strip();
    if (trimmed.regionMatches(true, 0, SHA256_PREFIX, 0, SHA256_PREFIX.length())) {
      String hex = trimmed.substring(SHA256_PREFIX.length());
      return isHex(hex, Algorithm.SHA256.hexChars) ? Optional.of(new Checksum(Algorithm.SHA256, hex)) : Optional.empty();
    }
    return isHex(trimmed, Algorithm.MD5.hexChars) ? Optional.of(new Checksum(Algorithm.MD5, trimmed)) : Optional.empty();
  }

  /** The checksum of {@code bytes} with {@code algorithm}. */
  public static Checksum of(Algorithm algorithm, byte[] bytes) {
    return new Checksum(algorithm, HexFormat.of().formatHex(digest(algorithm).digest(bytes)));
  }

  /** A digest to feed a binary through in chunks, for checksums of large files in bounded memory. */
  public static MessageDigest digest(Algorithm algorithm) {
    try {
      return MessageDigest.getInstance(algorithm.jdkName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm.jdkName, e);
    }
  }

  private static boolean isHex(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The manifest spelling. */
  @Override
  public String toString() {
    return algorithm == Algorithm.SHA256 ? SHA256_PREFIX + hex : hex;
  }
}
