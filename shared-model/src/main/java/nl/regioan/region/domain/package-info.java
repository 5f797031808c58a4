/** The region: municipalities, subregions and dated region membership ("member on date D"). */
package nl.regioan.region.domain;
