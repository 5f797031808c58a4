-- Search (issue 5): synonym groups applied at query time; editors manage them, no restart needed.
-- One row is one group of equivalent words or phrases, separated by commas.
CREATE TABLE search_synonym (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    terms      VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO search_synonym (terms, updated_at) VALUES
 ('arbeidsmigrant, arbeidsmigranten, internationale werknemer, internationale werknemers, tijdelijke internationale werknemer, tijdelijke internationale werknemers, labour migrant, labour migrants', CURRENT_TIMESTAMP(3)),
 ('RNI, Registratie Niet-Ingezetenen', CURRENT_TIMESTAMP(3)),
 ('BRP, Basisregistratie Personen', CURRENT_TIMESTAMP(3)),
 ('SNF, Stichting Normering Flexwonen', CURRENT_TIMESTAMP(3)),
 ('AKF, Agrarisch Keurmerk Flexwonen', CURRENT_TIMESTAMP(3)),
 ('ABU, Algemene Bond Uitzendondernemingen', CURRENT_TIMESTAMP(3)),
 ('NBBU, Nederlandse Bond van Bemiddelings- en Uitzendondernemingen', CURRENT_TIMESTAMP(3)),
 ('APV, Algemene Plaatselijke Verordening', CURRENT_TIMESTAMP(3)),
 ('RIEC, Regionaal Informatie- en Expertisecentrum', CURRENT_TIMESTAMP(3)),
 ('LSI, Landelijke Stuurgroep Interventieteams', CURRENT_TIMESTAMP(3)),
 ('BSN, burgerservicenummer', CURRENT_TIMESTAMP(3)),
 ('DigiD, Digitale Identiteit', CURRENT_TIMESTAMP(3));
