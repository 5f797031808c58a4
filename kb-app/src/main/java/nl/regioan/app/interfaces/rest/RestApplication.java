package nl.regioan.app.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All REST resources of both halves live under /api/v1. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Platform huisvesting internationale werknemers Arnhem-Nijmegen", version = "1"))
public class RestApplication extends Application {
}
