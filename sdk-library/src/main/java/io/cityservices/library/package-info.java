/**
 * The library service of the City Services platform (图书馆服务): the city's libraries, the union
 * catalogue with ISBN search, reader cards (with a deposit or credit-based), the reader's account,
 * loans and renewals, holds, fines and their payment, and library events. Start with
 * {@link io.cityservices.library.LibraryClient#create(io.cityservices.core.CityServices)}.
 */
@NullMarked
package io.cityservices.library;

import org.jspecify.annotations.NullMarked;
