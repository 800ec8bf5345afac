package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.cityservices.core.model.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a bill, e.g. a tier of water use or the sewage charge.
 *
 * @param description what is charged
 * @param quantity the quantity charged, exact (a decimal string on the wire), or null
 * @param unit the quantity's unit, or null
 * @param amount the amount of the line
 */
public record BillLineItem(
    String description,
    @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal quantity,
    @Nullable UsageUnit unit,
    Money amount) {}
