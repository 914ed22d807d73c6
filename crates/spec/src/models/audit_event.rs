//! Audit event models (being described).
