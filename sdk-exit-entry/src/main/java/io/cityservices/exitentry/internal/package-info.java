/** Implementation of the exit-entry client. Not part of the API: do not use these classes directly. */
package io.cityservices.exitentry.internal;
