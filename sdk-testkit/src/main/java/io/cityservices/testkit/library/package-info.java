/**
 * The sandbox's library department: libraries, catalogue and copies, reader cards, loans and renewals,
 * holds and charges, with test hooks in {@link io.cityservices.testkit.library.LibrarySandbox}.
 */
package io.cityservices.testkit.library;
