/** Implementation of the marriage client. Not part of the API: do not use these classes directly. */
package io.cityservices.marriage.internal;
