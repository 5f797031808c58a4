/** Benchmarks of the dashboards and the annual report (run by hand, never as tests). */
package nl.regioan.dashboard.bench;
