/**
 * The utilities service of the City Services platform: the water, electricity, gas and heating
 * companies of a city, the citizen's bound accounts (户号), bills and arrears, payments of one or
 * several bills, prepaid top-ups, payment history, usage readings and utility events. Start with
 * {@link io.cityservices.utilities.UtilitiesClient#create(io.cityservices.core.CityServices)}.
 */
@NullMarked
package io.cityservices.utilities;

import org.jspecify.annotations.NullMarked;
