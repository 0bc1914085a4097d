package com.boxoffice.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A body's Content-Type must name one type: Spring reads {@code *}{@code /*} as a programming error
 * (an IllegalArgumentException, so a 500) rather than as an unsupported type (415).
 */
@Configuration(proxyBeanMethods = false)
class ConcreteContentType implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws HttpMediaTypeNotSupportedException {
    String header = request.getContentType();
    if (header == null || header.isBlank()) {
      return true;
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(header);
    } catch (InvalidMediaTypeException e) {
      throw new HttpMediaTypeNotSupportedException(e.getMessage());
    }
    if (type.isWildcardType() || type.isWildcardSubtype()) {
      throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON));
    }
    return true;
  }
}
