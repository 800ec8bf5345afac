/** FHIR R4 {@code Coverage} for basic medical insurance, as plain Jackson trees. */
@NullMarked
package io.cityservices.socialinsurance.fhir;

import org.jspecify.annotations.NullMarked;
