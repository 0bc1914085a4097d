package com.boxoffice.api.checkout;

import com.boxoffice.api.line.CheckoutLine;
import com.boxoffice.api.line.CheckoutLineDoor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the checkout line ({@code com.boxoffice.api.line}) in front of {@code POST /v1/checkouts}:
 * its door first among the filters (it lets every other request through), and its turned-away
 * buyers counted with the other answers the endpoint gives.
 */
@Configuration(proxyBeanMethods = false)
class CheckoutLineWiring {

  @Bean
  CheckoutLine.Observer checkoutLineObserver(CheckoutMetrics metrics) {
    return metrics::turnedAway;
  }

  @Bean
  FilterRegistrationBean<CheckoutLineDoor> checkoutLineDoor(CheckoutLine line, ObjectMapper json) {
    FilterRegistrationBean<CheckoutLineDoor> door =
        new FilterRegistrationBean<>(
            new CheckoutLineDoor(line, json, CheckoutController.CHECKOUTS));
    door.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return door;
  }
}
