package io.cityservices.exitentry;

import java.util.List;

/**
 * An endorsement type as the administration offers it: public reference data.
 *
 * @param type the letter
 * @param name its Chinese name, e.g. {@code 个人旅游}
 * @param documentType the permit it is issued on
 * @param options the validities and numbers of entries it can be issued with
 */
public record EndorsementKind(
    EndorsementType type, String name, DocumentType documentType, List<EndorsementOption> options) {
  /**
   * Copies {@code options}, taking null (a member the platform left out) as empty.
   *
   * @param type the letter
   * @param name its Chinese name, e.g. {@code 个人旅游}
   * @param documentType the permit it is issued on
   * @param options the validities and numbers of entries it can be issued with; null is taken as
   *     empty
   */
  public EndorsementKind {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
