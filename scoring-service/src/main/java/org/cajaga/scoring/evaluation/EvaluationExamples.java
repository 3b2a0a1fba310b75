package org.cajaga.scoring.evaluation;

/**
 * Request examples of the OpenAPI document: valid bodies for the Mapeo 2022 criteria (version 1).
 * {@code EvaluationExamplesTest} sends them to the API.
 */
final class EvaluationExamples {

    static final String CREATE = """
            {"practiceId": "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80", "criteriaSet": "mapeo-2022", "criteriaSetVersion": 1,
             "kind": "EXPERT_REVIEW",
             "verdicts": [
               {"criterion": "PARTICIPATION", "verdict": "MET",
                "justification": "Las mesas vecinales decidieron el 100 % del presupuesto asignado.",
                "evidence": ["https://presupuesto.example.gob.mx/actas/2023"]},
               {"criterion": "TRANSPARENCY", "verdict": "NOT_MET",
                "justification": "Las actas no se publican como datos abiertos."}]}
            """;

    static final String REPLACE = """
            {"verdicts": [
               {"criterion": "PARTICIPATION", "verdict": "MET",
                "justification": "Las mesas vecinales decidieron el 100 % del presupuesto asignado.",
                "evidence": ["https://presupuesto.example.gob.mx/actas/2023"]},
               {"criterion": "TRANSPARENCY", "verdict": "NOT_MET",
                "justification": "Las actas no se publican como datos abiertos."},
               {"criterion": "AGENDA2030", "verdict": "MET",
                "justification": "Los proyectos elegidos se vinculan con la meta 11.3 de los ODS.",
                "evidence": ["https://presupuesto.example.gob.mx/proyectos/2023"]}]}
            """;

    private EvaluationExamples() {
    }
}
