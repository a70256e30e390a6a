package org.jiannuo.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jiannuo.reports.ReportRenderer;

/** One renderer for the application: it caches the loaded templates. */
@ApplicationScoped
public class ReportRendererProducer {

    @Produces
    @ApplicationScoped
    ReportRenderer reportRenderer() {
        return new ReportRenderer();
    }
}
