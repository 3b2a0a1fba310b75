-- One database per service (run once by the postgres image on an empty data volume).
CREATE DATABASE cajaga_taxonomy;
CREATE DATABASE cajaga_practices;
CREATE DATABASE cajaga_scoring;
CREATE DATABASE cajaga_notifications;
