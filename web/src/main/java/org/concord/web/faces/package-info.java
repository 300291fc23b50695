/** Backing beans of the console and the portal: views only, each action one facade call. */
package org.concord.web.faces;
