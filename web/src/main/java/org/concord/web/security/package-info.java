/** Authentication (form login, API tokens, HTTP Basic) and identity stores. */
package org.concord.web.security;
