/**
 * Concord's domain model: aggregates, values and the rules of the DCTI Rules and the mediation texts that they
 * guard (rule ids R-… from {@code shared/spec/rules.md}). Plain Java with JPA mappings; no container services.
 */
package org.concord.domain;
