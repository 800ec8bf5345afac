/** Implementation of the health client. Not part of the API: do not use these classes directly. */
package io.cityservices.health.internal;
