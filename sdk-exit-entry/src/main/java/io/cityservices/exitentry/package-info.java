/**
 * The exit-entry services of a city (出入境): offices, slots and appointments for passports and
 * travel permits, application progress by receipt number, the citizen's travel documents and
 * endorsements, and a check of a passport's machine-readable zone. Start at {@link
 * io.cityservices.exitentry.ExitEntryClient}.
 */
@NullMarked
package io.cityservices.exitentry;

import org.jspecify.annotations.NullMarked;
