//! release models (being described).
