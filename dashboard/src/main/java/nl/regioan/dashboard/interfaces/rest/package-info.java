/** REST resources of the dashboards (/api/v1/dashboard) and the annual report (/api/v1/reports). */
package nl.regioan.dashboard.interfaces.rest;
