/**
 * The Center's administration of its neutrals: each Neutral's profile for appointment and its declared
 * relationships, kept by CENTER_ADMIN. The appointment use cases read the profiles through the domain.
 */
package org.concord.service.neutral;
