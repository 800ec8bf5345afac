package io.cityservices.core.internal.signing;

import io.cityservices.core.signing.SignatureAlgorithm;
import java.time.Instant;
import java.util.List;

/**
 * What a successful verification established.
 *
 * @param label the dictionary label of the verified signature
 * @param keyId the key id it named
 * @param algorithm the algorithm of the key that verified it
 * @param created its {@code created} parameter
 * @param coveredComponents the covered component identifiers, serialised, in order
 */
public record VerifiedSignature(
    String label, String keyId, SignatureAlgorithm algorithm, Instant created, List<String> coveredComponents) {

  /**
   * Copies the component list.
   *
   * @param label the signature's label
   * @param keyId the key id it named
   * @param algorithm the key's algorithm
   * @param created its {@code created} time
   * @param coveredComponents the covered component identifiers; copied
   */
  public VerifiedSignature {
    coveredComponents = List.copyOf(coveredComponents);
  }
}
