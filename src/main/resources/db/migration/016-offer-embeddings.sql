-- Each offer's text embedded once per embedding model, so a restart or an unchanged offer costs no
-- call to Ollama. text_hash: SHA-256 of the text embedded (the offer's indexed words); an offer whose
-- text changed no longer matches it and is embedded again, replacing the row. vector: the float32
-- values, little-endian, as the model gave them.
CREATE TABLE offer_embeddings (
  offer_id TEXT NOT NULL,
  model TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  dimensions INTEGER NOT NULL,
  vector BLOB NOT NULL,
  embedded_at TEXT NOT NULL,
  PRIMARY KEY (offer_id, model)
);
