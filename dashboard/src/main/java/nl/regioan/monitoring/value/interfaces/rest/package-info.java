/** REST resources of value entry: forms, workflow steps, history and completeness. */
package nl.regioan.monitoring.value.interfaces.rest;
