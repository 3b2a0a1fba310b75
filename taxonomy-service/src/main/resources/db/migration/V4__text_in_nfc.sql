-- Every text the service keeps is in Unicode normalization form C (composed accents). The SDG files of the
-- first delivery mixed in decomposed accents ("participacio" + U+0301 in target 5.5), and until the API
-- normalised its input, names and descriptions were stored as clients sent them (macOS and some browsers
-- send decomposed text). Only rows with text not in NFC change; a row that has a version gets a new one,
-- so that its ETag changes with its text. Caller names (updated_by, changed_by) are identities from tokens
-- and stay as the tokens spell them.

UPDATE sdg_goal
   SET title_es = normalize(title_es, NFC), title_en = normalize(title_en, NFC),
       short_es = normalize(short_es, NFC), short_en = normalize(short_en, NFC)
 WHERE title_es IS NOT NFC NORMALIZED OR title_en IS NOT NFC NORMALIZED
    OR short_es IS NOT NFC NORMALIZED OR short_en IS NOT NFC NORMALIZED;

UPDATE sdg_target
   SET title_es = normalize(title_es, NFC), title_en = normalize(title_en, NFC)
 WHERE title_es IS NOT NFC NORMALIZED OR title_en IS NOT NFC NORMALIZED;

UPDATE sdg_indicator
   SET title_es = normalize(title_es, NFC), title_en = normalize(title_en, NFC)
 WHERE title_es IS NOT NFC NORMALIZED OR title_en IS NOT NFC NORMALIZED;

UPDATE vocabulary_term
   SET name_es = normalize(name_es, NFC), name_en = normalize(name_en, NFC),
       description_es = normalize(description_es, NFC), description_en = normalize(description_en, NFC),
       version = version + 1
 WHERE name_es IS NOT NFC NORMALIZED OR name_en IS NOT NFC NORMALIZED
    OR description_es IS NOT NFC NORMALIZED OR description_en IS NOT NFC NORMALIZED;

UPDATE criteria_set
   SET name_es = normalize(name_es, NFC), name_en = normalize(name_en, NFC),
       description_es = normalize(description_es, NFC), description_en = normalize(description_en, NFC),
       version = version + 1
 WHERE name_es IS NOT NFC NORMALIZED OR name_en IS NOT NFC NORMALIZED
    OR description_es IS NOT NFC NORMALIZED OR description_en IS NOT NFC NORMALIZED;

-- A criterion is part of its version's representation: the version gets a new version number.
WITH changed AS (
    UPDATE criterion
       SET name_es = normalize(name_es, NFC), name_en = normalize(name_en, NFC),
           description_es = normalize(description_es, NFC), description_en = normalize(description_en, NFC)
     WHERE name_es IS NOT NFC NORMALIZED OR name_en IS NOT NFC NORMALIZED
        OR description_es IS NOT NFC NORMALIZED OR description_en IS NOT NFC NORMALIZED
 RETURNING version_id
)
UPDATE criteria_set_version SET version = version + 1 WHERE id IN (SELECT version_id FROM changed);

UPDATE mx_state SET name = normalize(name, NFC) WHERE name IS NOT NFC NORMALIZED;

-- search_name is generated from name, so it follows.
UPDATE mx_municipality SET name = normalize(name, NFC), version = version + 1 WHERE name IS NOT NFC NORMALIZED;

UPDATE mx_municipality_change
   SET old_name = normalize(old_name, NFC), new_name = normalize(new_name, NFC), reason = normalize(reason, NFC)
 WHERE old_name IS NOT NFC NORMALIZED OR new_name IS NOT NFC NORMALIZED OR reason IS NOT NFC NORMALIZED;
