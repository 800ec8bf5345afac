/** FHIR R4 {@code Coverage} for basic medical insurance, as plain Jackson trees. */
package io.cityservices.socialinsurance.fhir;

