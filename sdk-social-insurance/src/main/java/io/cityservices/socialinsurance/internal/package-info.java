/** Implementation of the social insurance client. Not part of the API: do not use these classes directly. */
package io.cityservices.socialinsurance.internal;

