/**
 * The City Services SDK core: the {@code CityServices} entry object and what every service module shares.
 */
package io.cityservices.core;
