/** Use cases of entering figures: the form, drafts, submission, approval, history and completeness. */
package nl.regioan.monitoring.value.application;
