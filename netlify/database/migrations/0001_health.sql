-- Placeholder so the migration tracking starts; real tables come with the dossier.
SELECT 1;
