/**
 * The service provider interface between service modules and the shared transport: operations, requests, response types, the executor, and application interceptors.
 */
package io.cityservices.core.http;
