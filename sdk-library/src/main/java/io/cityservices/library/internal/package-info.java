/**
 * Implementation of the library client. Not API: do not use these types directly; they change
 * without notice.
 */
package io.cityservices.library.internal;

