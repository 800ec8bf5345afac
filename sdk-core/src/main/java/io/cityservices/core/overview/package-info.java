/**
 * The citizen overview: everything one citizen owes, has booked or must do, across every department
 * module on the classpath, in one call ({@code city.citizen(token).overview()}). {@link
 * io.cityservices.core.overview.OverviewContributor} is the service provider interface department
 * modules implement (see docs/OVERVIEW.md).
 */
@NullMarked
package io.cityservices.core.overview;

import org.jspecify.annotations.NullMarked;
