/** REST resource of the suggested values shown to the data steward beside the entry form. */
package nl.regioan.monitoring.suggestion.interfaces.rest;
