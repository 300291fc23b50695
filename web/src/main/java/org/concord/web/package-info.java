/**
 * Concord's web layer: the Faces console and portal, the REST API, security and health. Adapters only: each action
 * calls one facade method of the EJB layer; business rules live there and in the domain.
 */
package org.concord.web;
