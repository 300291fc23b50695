/**
 * Concord's use cases as EJBs: one {@code @Stateless} method per use case and transaction. Facades return DTOs
 * assembled inside the transaction; no entity leaves this layer.
 */
package org.concord.service;
