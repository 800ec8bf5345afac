/**
 * The service provider interface between service modules and the shared transport: operations, requests, response types, the executor, and application interceptors.
 */
@NullMarked
package io.cityservices.core.http;

import org.jspecify.annotations.NullMarked;
