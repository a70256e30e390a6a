package org.jiannuo.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the REST API. Shiro guards it like the screens (HTTP basic with {@code user@tenant}, or the session). */
@ApplicationPath("api/v1")
public class JaxRsApplication extends Application {
}
