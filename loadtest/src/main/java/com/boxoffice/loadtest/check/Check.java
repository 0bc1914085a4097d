package com.boxoffice.loadtest.check;

/** One family of the product's promises, judged on a snapshot. */
interface Check {
  Finding check(Snapshot snapshot);
}
