/**
 * Concord's use cases as EJBs: one {@code @Stateless} method per use case and transaction. Facades return DTOs
 * assembled inside the transaction; no entity leaves this layer. One package per context; the contexts do not
 * depend on each other in a cycle (a lower one fires a CDI event or owns an interface the higher one implements;
 * {@code LayeringTest} in web holds it). What all contexts share lives here: {@link org.concord.service.Links} (page
 * URLs) and {@link org.concord.service.Page} (the one paging type).
 */
package org.concord.service;
