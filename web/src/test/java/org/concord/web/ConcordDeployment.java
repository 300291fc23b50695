package org.concord.web;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration test run: the very ROOT.war that the embedded default runs, as built by
 * this module, on one Payara Micro for all *IT classes. Tests act as clients over HTTP, as users and integrators do.
 */
@ArquillianSuiteDeployment
public class ConcordDeployment {

    @Deployment(testable = false)
    public static WebArchive concord() {
        Smtp.ensureStarted();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("concord.war")));
    }
}
