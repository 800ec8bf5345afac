package io.cityservices.core.overview;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A department section as a module outside core would write it, for the fake contributors. */
record FakeSection(String department, CityCode city, Money owed, List<ToDo> toDos) implements OverviewSection {

  @Override
  public String title() {
    return "Fake " + department;
  }

  @Override
  public SectionStatus status() {
    return SectionStatus.AVAILABLE;
  }

  @Override
  public Map<String, Integer> counts() {
    return Map.of("items", toDos.size());
  }

  @Override
  public Optional<Money> amountOwed() {
    return Optional.ofNullable(owed);
  }
}
