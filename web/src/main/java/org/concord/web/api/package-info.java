/** The REST API (JAX-RS adapters over the EJB facades) and its problem details. */
package org.concord.web.api;
