/**
 * Implementation of the utilities client. Not API: do not use these types directly; they change
 * without notice.
 */
package io.cityservices.utilities.internal;
