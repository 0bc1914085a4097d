package com.boxoffice.api.admin;

import com.boxoffice.api.ApiProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AdminWebConfig implements WebMvcConfigurer {
  private final ApiProperties properties;

  AdminWebConfig(ApiProperties properties) {
    this.properties = properties;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new AdminToken(properties)).addPathPatterns("/v1/admin/**");
  }
}
