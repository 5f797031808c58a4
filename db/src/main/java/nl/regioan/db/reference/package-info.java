/** Java migrations that load the reference CSV files (municipalities, indicators). */
package nl.regioan.db.reference;
