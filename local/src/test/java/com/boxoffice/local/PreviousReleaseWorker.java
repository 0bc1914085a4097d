package com.boxoffice.local;

import com.boxoffice.worker.WorkerApplication;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The worker as the release before {@code checkout-in-one-workflow-task} ran checkouts: a saga it
 * starts never records that change, so it takes the path the earlier code took (Stripe and SendGrid
 * as regular activities on their own queues), and its history is the one a checkout started before
 * the deploy has. ReplayTest shows that path gives the commands the earlier code gave, for every
 * recorded history of it; this worker puts such a checkout on a real server for {@code DeployIT}.
 */
public final class PreviousReleaseWorker {
  static final String ONE_TASK = "checkout-in-one-workflow-task";

  private PreviousReleaseWorker() {}

  public static void main(String[] args) {
    new SpringApplicationBuilder(WorkerApplication.class, BeforeOneTask.class)
        .properties("spring.config.name=worker")
        .run(args);
  }

  @Configuration(proxyBeanMethods = false)
  static class BeforeOneTask {
    /** The starter registers every WorkerInterceptor bean on the worker factory. */
    @Bean
    WorkerInterceptorBase previousRelease() {
      return new WorkerInterceptorBase() {
        @Override
        public WorkflowInboundCallsInterceptor interceptWorkflow(
            WorkflowInboundCallsInterceptor next) {
          return new WorkflowInboundCallsInterceptorBase(next) {
            @Override
            public void init(WorkflowOutboundCallsInterceptor outbound) {
              super.init(new NeverOneTask(outbound));
            }
          };
        }
      };
    }
  }

  /** Answers as code without the change would: the default version, and no marker recorded. */
  private static final class NeverOneTask extends WorkflowOutboundCallsInterceptorBase {
    NeverOneTask(WorkflowOutboundCallsInterceptor next) {
      super(next);
    }

    @Override
    public int getVersion(String changeId, int minSupported, int maxSupported) {
      return ONE_TASK.equals(changeId)
          ? Workflow.DEFAULT_VERSION
          : super.getVersion(changeId, minSupported, maxSupported);
    }
  }
}
