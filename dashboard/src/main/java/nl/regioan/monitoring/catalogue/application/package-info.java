/** Reading and adding indicator definition versions (the coordinator changes definitions). */
package nl.regioan.monitoring.catalogue.application;
