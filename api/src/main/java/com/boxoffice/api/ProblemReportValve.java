package com.boxoffice.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Tomcat turns some requests away before Spring sees them (an illegal character in the path or a
 * header, a header too large); those answers are problems too, not Tomcat's HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String code = ProblemHandler.codeFor(known != null ? known : HttpStatus.BAD_REQUEST);
    String title = known != null ? known.getReasonPhrase() : "Error";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            "{\"type\":\"%s%s\",\"title\":\"%s\",\"status\":%d,\"code\":\"%s\"}"
                .formatted(ApiProblem.TYPE_PREFIX, code, title, status, code));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the answer is already on its way: nothing is left to tell it.
    }
  }

  /** Puts this valve where Spring Boot puts Tomcat's own, so that Tomcat adds no second one. */
  @Component
  static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        StandardHost host = (StandardHost) context.getParent();
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
          if (valve instanceof ErrorReportValve) {
            pipeline.removeValve(valve);
          }
        }
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
        pipeline.addValve(new ProblemReportValve());
      });
    }
  }
}
