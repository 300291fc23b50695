/**
 * The REST API (JAX-RS adapters over the EJB facades) and its problem details: every refused field named by its
 * RFC 6901 pointer ({@link org.concord.web.api.Pointers}), every text from the pages' bundles in the caller's
 * {@code Accept-Language} ({@link org.concord.web.api.MessageResolver}).
 */
package org.concord.web.api;
