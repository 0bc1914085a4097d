package com.boxoffice.worker;

import com.boxoffice.email.SendGridSettings;
import com.boxoffice.payment.StripeSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the worker reaches Stripe and SendGrid, and how fast; worker.yml maps each value to its env
 * variable.
 */
@ConfigurationProperties("boxoffice")
record WorkerSettings(
    StripeSettings stripe, SendGridSettings sendgrid, String emailFrom, QuotaSettings quota) {}
