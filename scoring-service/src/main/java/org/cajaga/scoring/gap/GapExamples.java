package org.cajaga.scoring.gap;

/** The example of the gap report in the OpenAPI document: a self-assessment meeting 7 of the 12 criteria of mapeo-2022 v1. */
final class GapExamples {

    static final String SELF_ASSESSMENT = """
            {"evaluationId": "01936b90-1d2e-7f00-8a00-1b2c3d4e5f61",
             "practiceId": "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80",
             "criteriaSet": "mapeo-2022", "criteriaSetVersion": 1, "basis": "SELF_ASSESSMENT",
             "criteriaCount": 12, "criteriaMet": 7, "cocreated": false,
             "missingCriteria": [
               {"code": "RECOGNITION", "name": "Reconocimiento y estándares"},
               {"code": "SUSTAINABILITY", "name": "Sostenibilidad y factibilidad"},
               {"code": "REPLICABILITY", "name": "Replicabilidad"},
               {"code": "EVIDENCE", "name": "Evidencia pública"},
               {"code": "PARTICIPATION", "name": "Participación ciudadana"}],
             "classes": [
               {"classification": "EMBLEMATIC", "minPercentMet": 100, "requiresCoCreation": true,
                "criteriaNeeded": 5, "coCreationMissing": true, "reached": false},
               {"classification": "GOOD_PRACTICE", "minPercentMet": 80, "requiresCoCreation": false,
                "criteriaNeeded": 3, "coCreationMissing": false, "reached": false},
               {"classification": "NOT_CLASSIFIED", "minPercentMet": 0, "requiresCoCreation": false,
                "criteriaNeeded": 0, "coCreationMissing": false, "reached": true}],
             "lessons": [
               {"code": "COCREATION", "name": "La cocreación como base",
                "relatedCriteria": ["RECOGNITION", "PARTICIPATION"]},
               {"code": "DIRECT_INTERACTION", "name": "Interacción directa con las personas",
                "relatedCriteria": ["PARTICIPATION"]},
               {"code": "CITIZENS_AT_CENTRE", "name": "La ciudadanía al centro", "relatedCriteria": ["PARTICIPATION"]},
               {"code": "STRATEGIC_ALLIANCES", "name": "Alianzas estratégicas",
                "relatedCriteria": ["SUSTAINABILITY", "REPLICABILITY", "EVIDENCE"]}],
             "examples": [
               {"id": "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f81", "title": "Ejemplo: cabildo abierto digital",
                "classification": "EMBLEMATIC",
                "meetsCriteria": ["RECOGNITION", "SUSTAINABILITY", "REPLICABILITY", "EVIDENCE", "PARTICIPATION"],
                "similar": true,
                "link": "https://api.cajaga.mx/api/v1/practices/01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f81"},
               {"id": "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f82", "title": "Ejemplo: presupuesto participativo",
                "classification": "GOOD_PRACTICE", "meetsCriteria": ["EVIDENCE", "PARTICIPATION"], "similar": false,
                "link": "https://api.cajaga.mx/api/v1/practices/01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f82"}]}
            """;

    private GapExamples() {
    }
}
