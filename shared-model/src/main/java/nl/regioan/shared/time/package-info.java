/** The clock that use cases read the time from (one CDI producer). */
package nl.regioan.shared.time;
