package io.cityservices.traffic;

import java.util.Arrays;
import java.util.Optional;

/**
 * The known letters of a driving licence's status (12123 {@code zt}, GA 16.x). A licence carries a set
 * of them; {@link DrivingLicence#statuses()} keeps every letter as sent, including ones not listed here.
 */
public enum LicenceStatus {
  /** 正常: valid. */
  NORMAL("A"),
  /** 超分: 12 points or more in the cycle. */
  OVER_POINTS("B"),
  /** 转出: moved to another province. */
  TRANSFERRED_OUT("C"),
  /** 暂扣: suspended. */
  SUSPENDED("D"),
  /** 撤销: cancelled. */
  CANCELLED("E"),
  /** 吊销: revoked. */
  REVOKED("F"),
  /** 注销: written off. */
  WRITTEN_OFF("G"),
  /** 违法未处理: has unprocessed violations. */
  UNPROCESSED_VIOLATIONS("H"),
  /** 事故未处理: has unprocessed accidents. */
  UNPROCESSED_ACCIDENTS("I"),
  /** 停止使用: stopped. */
  STOPPED("J"),
  /** 扣押: seized. */
  SEIZED("K"),
  /** 锁定: locked. */
  LOCKED("L"),
  /** 逾期未换证: renewal overdue. */
  RENEWAL_OVERDUE("M"),
  /** 逾期未审验: review overdue. */
  REVIEW_OVERDUE("S");

  private final String letter;

  LicenceStatus(String letter) {
    this.letter = letter;
  }

  /**
   * The status letter on the wire.
   *
   * @return the one-letter code, e.g. {@code A} for {@link #NORMAL}
   */
  public String letter() {
    return letter;
  }

  /**
   * The status with this letter, empty for a letter this SDK version does not know.
   *
   * @param letter a status letter as the platform sends it, case-sensitive; null gives empty
   * @return the matching status, or empty
   */
  public static Optional<LicenceStatus> fromLetter(String letter) {
    return Arrays.stream(values()).filter(s -> s.letter.equals(letter)).findFirst();
  }
}
