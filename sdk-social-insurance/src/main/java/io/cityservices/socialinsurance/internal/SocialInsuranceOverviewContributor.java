package io.cityservices.socialinsurance.internal;

import io.cityservices.core.error.PaymentDeclinedException;
import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.PaymentReceipt;
import io.cityservices.core.overview.ToDo;
import io.cityservices.socialinsurance.Contribution;
import io.cityservices.socialinsurance.ContributionGaps;
import io.cityservices.socialinsurance.ContributionQuery;
import io.cityservices.socialinsurance.Enrolment;
import io.cityservices.socialinsurance.InsuranceType;
import io.cityservices.socialinsurance.NotInsuredException;
import io.cityservices.socialinsurance.PayVoluntaryContributionRequest;
import io.cityservices.socialinsurance.SocialInsuranceClient;
import io.cityservices.socialinsurance.SocialInsuranceSection;
import io.cityservices.socialinsurance.VoluntaryContribution;
import io.cityservices.socialinsurance.VoluntaryContributionStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Social insurance's part of the citizen overview: enrolments, the residents' yearly contributions
 * to pay (one to-do each) and the months missing from the monthly contributions of the last
 * {@link SocialInsuranceSection#GAP_WINDOW_MONTHS} complete months; the three reads run
 * concurrently. Registered through {@code META-INF/services}.
 */
public final class SocialInsuranceOverviewContributor implements OverviewContributor {

  @Override
  public String department() {
    return SocialInsuranceSection.DEPARTMENT;
  }

  @Override
  public CompletableFuture<SocialInsuranceSection> sectionAsync(OverviewContext context) {
    SocialInsuranceClient socialInsurance = SocialInsuranceClient.create(context.client(), context.city());
    LocalDate today = context.today();
    YearMonth to = YearMonth.from(today).minusMonths(1);
    YearMonth from = to.minusMonths(SocialInsuranceSection.GAP_WINDOW_MONTHS - 1);
    ContributionQuery window = ContributionQuery.builder().from(from).to(to).build();

    CompletableFuture<List<Enrolment>> enrolments = socialInsurance.enrolments().listAsync(context.options());
    CompletableFuture<List<VoluntaryContribution>> due = socialInsurance.voluntaryContributions()
        .listAsync(context.options())
        .thenApply(all -> all.stream().filter(c -> c.status() == VoluntaryContributionStatus.DUE
            || c.status() == VoluntaryContributionStatus.OVERDUE).toList());
    CompletableFuture<List<Contribution>> contributions = context
        .allPages(cursor -> socialInsurance.contributions().listAsync(window.withCursor(cursor), context.options()))
        .exceptionallyCompose(failure -> isNotInsured(failure)
            ? CompletableFuture.completedFuture(List.of())
            : CompletableFuture.failedFuture(failure));

    return enrolments.thenCombine(contributions, Partial::new)
        .thenCombine(due, (p, dues) -> new SocialInsuranceSection(
            context.city(), p.enrolments(), dues, missingMonths(p.enrolments(), p.contributions(), from, to),
            dues.stream().map(d -> toDo(context, today, d)).toList()));
  }

  /** Only types insured and paid monthly can have gaps; a window starting before enrolment is cut. */
  private static Map<InsuranceType, List<YearMonth>> missingMonths(
      List<Enrolment> enrolments, List<Contribution> contributions, YearMonth from, YearMonth to) {
    Map<InsuranceType, List<YearMonth>> gaps = new LinkedHashMap<>();
    for (Enrolment enrolment : enrolments) {
      InsuranceType type = enrolment.insuranceType();
      if (!enrolment.isInsured() || type == InsuranceType.UNKNOWN || type.isPaidYearlyByResident()) {
        continue;
      }
      YearMonth start = enrolment.firstInsuredOn() == null ? from : max(from, YearMonth.from(enrolment.firstInsuredOn()));
      if (start.isAfter(to)) {
        continue;
      }
      List<YearMonth> missing = ContributionGaps.missingMonths(contributions, type, start, to);
      if (!missing.isEmpty()) {
        gaps.put(type, missing);
      }
    }
    return gaps;
  }

  private static YearMonth max(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  /** Pays a resident's yearly contribution: exactly the amount the citizen was shown, or nothing. */
  @Override
  public CompletableFuture<PaymentReceipt> settleAsync(ToDo toDo, OverviewContext context) {
    return SocialInsuranceClient.create(context.client(), context.city()).voluntaryContributions()
        // settle hands over payable to-dos only, which have a reference and an amount (ToDo checks it).
        .payAsync(new PayVoluntaryContributionRequest(Objects.requireNonNull(toDo.reference()),
            Objects.requireNonNull(toDo.amount())), context.options())
        .thenApply(paid -> {
          if (paid.status() != VoluntaryContributionStatus.PAID || paid.paymentId() == null) {
            throw new PaymentDeclinedException("The contribution payment was not taken", "payment_declined", paid.paymentId());
          }
          return new PaymentReceipt(paid.paymentId(), paid.amount());
        });
  }

  private static ToDo toDo(OverviewContext context, LocalDate today, VoluntaryContribution due) {
    String scheme = due.insuranceType().isMedical() ? "medical" : due.insuranceType().isPension() ? "pension" : "insurance";
    return ToDo.builder(SocialInsuranceSection.DEPARTMENT, context.city(),
            "Pay the " + due.year() + " residents' " + scheme + " contribution")
        .amount(due.amount())
        .dueOn(due.dueOn(), today)
        .overdue(due.status() == VoluntaryContributionStatus.OVERDUE)
        .reference(due.id())
        .operation("socialInsurance.voluntaryContributions().pay(PayVoluntaryContributionRequest.of(contribution), options)")
        .payable()
        .build();
  }

  private static boolean isNotInsured(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof NotInsuredException;
  }

  private record Partial(List<Enrolment> enrolments, List<Contribution> contributions) {}
}
