/**
 * The Center's neutrals and their appointment to a Procedure the Rules' way: profiles, the ranking of candidates on
 * Article 8(b) and the conflict check of Article 9 against declared relationships and the Center's own
 * records.
 */
package org.concord.domain.neutral;
