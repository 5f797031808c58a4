/** REST resources of bulk import (JSON and CSV) and export. */
package nl.regioan.monitoring.importexport.interfaces.rest;
