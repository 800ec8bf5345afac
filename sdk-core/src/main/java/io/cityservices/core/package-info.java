/**
 * The City Services SDK core: the {@code CityServices} entry object and what every service module shares.
 */
@NullMarked
package io.cityservices.core;

import org.jspecify.annotations.NullMarked;
