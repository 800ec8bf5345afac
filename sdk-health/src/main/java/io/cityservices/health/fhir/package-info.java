/** Maps health models to HL7 FHIR R4 resources (JSON) for hospital and regional health systems. */
@NullMarked
package io.cityservices.health.fhir;

import org.jspecify.annotations.NullMarked;
