/**
 * The utilities service of the sandbox: seeded companies per city, seeded household accounts (户号) for
 * every seeded citizen with bills in every state, binding, bills, payments, top-ups, receipts, payment
 * history, usage readings and the utility events. It implements {@code sdk-utilities/src/main/openapi/utilities.yaml}
 * on its own, without the SDK's classes. Tests reach its data and hooks through
 * {@code sandbox.data(UtilitiesData.class)}.
 */
package io.cityservices.testkit.utilities;
