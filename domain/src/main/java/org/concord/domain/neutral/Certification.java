package org.concord.domain.neutral;

/**
 * R-M4: the certifications a mediator holds, as the Center verified them (the mediation-institute-vision text: IMI
 * Certified Mediator, Inter-Cultural Certification, Certified Mediation Advocate). Only a CERTIFIED mediator is in the
 * directory and may be chosen for a mediation.
 */
public enum Certification {
    CERTIFIED,
    INTER_CULTURAL,
    MEDIATION_ADVOCATE
}
